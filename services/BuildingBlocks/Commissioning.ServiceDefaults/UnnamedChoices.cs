using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// A field that is one of several kinds (a share rule: proportional, a fixed split ...) is named by its
/// discriminator, sent first. Without it the serializer falls back to the abstract kind, which it cannot
/// make, and throws an exception that is no JSON error (a 500). Here making the abstract kind is itself a
/// JSON error, so the partner hears a 400 naming the field and the names it may give.
/// </summary>
internal static class UnnamedChoices
{
    /// <summary>A contract modifier: see <see cref="StrictJson"/>.</summary>
    public static void RefuseUnnamed(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || !type.Type.IsAbstract || type.PolymorphismOptions is not { } choice)
            return;
        var names = string.Join("', '", choice.DerivedTypes.Select(d => d.TypeDiscriminator));
        var message = $"needs '{choice.TypeDiscriminatorPropertyName}' as its first field, one of '{names}'.";
        type.CreateObject = () => throw new UnnamedChoiceException(message);
    }
}

/// <summary>A choice sent without its discriminator; its message is said to the partner after the field.</summary>
internal sealed class UnnamedChoiceException(string message) : JsonException(message);
