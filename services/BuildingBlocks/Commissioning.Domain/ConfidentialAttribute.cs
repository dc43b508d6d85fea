namespace Commissioning.Domain;

/// <summary>
/// A field the store keeps but the audit trail never shows (a webhook signing secret): the audit record says the
/// field changed and when, by whom, but writes "[confidential]" for its values.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ConfidentialAttribute : Attribute
{
    public const string Redacted = "[confidential]";
}
