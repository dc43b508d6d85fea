namespace Returns.Domain.Validation;

/// <summary>
/// The platform record a row was built from, so a finding links to what caused it (issue 18 cap. 6):
/// the service that owns it, what it is and its id, as in "care-packages", "package-cost-line", "{id}".
/// </summary>
public sealed record SourceRecord(string Service, string Kind, string Id)
{
    public override string ToString() => $"{Service}/{Kind}/{Id}";
}
