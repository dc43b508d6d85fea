using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// Refuses a null inside a list or a map of a partner's body (<c>"lines": [null]</c>) unless the element
/// is declared nullable. The serializer's nullable annotations cover properties, not the elements of
/// collections, so without this a null element reaches a rule that does not expect one (a 500).
/// Each object type's collection properties are found once, when its contract is built; reading an
/// object then costs one pass over the elements of its collections.
/// </summary>
internal static class NoNullElements
{
    /// <summary>A contract modifier: see <see cref="StrictJson"/>.</summary>
    public static void RefuseNullElements(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        var collections = type.Properties.Where(HoldsNonNullElements).ToList();
        if (collections.Count == 0) return;
        var declared = type.OnDeserialized;
        type.OnDeserialized = value =>
        {
            declared?.Invoke(value);
            foreach (var property in collections)
                if (FirstNull(property.Get?.Invoke(value)) is { } at)
                    throw new NullElementException($"{property.Name}{at}");
        };
    }

    private static bool HoldsNonNullElements(JsonPropertyInfo property)
    {
        if (property.Get is null || property.PropertyType == typeof(string)) return false;
        if (!typeof(IEnumerable).IsAssignableFrom(property.PropertyType)) return false;
        var nullability = property.AttributeProvider switch
        {
            PropertyInfo p => new NullabilityInfoContext().Create(p),
            FieldInfo f => new NullabilityInfoContext().Create(f),
            _ => null,
        };
        var element = nullability?.ElementType ?? nullability?.GenericTypeArguments.LastOrDefault();
        return element is not null && element.ReadState != NullabilityState.Nullable
            && (!element.Type.IsValueType || Nullable.GetUnderlyingType(element.Type) is not null);
    }

    /// <summary>Where the first null is, in the partner's terms: "[2]" in a list, ".key" in a map.</summary>
    private static string? FirstNull(object? collection)
    {
        if (collection is IDictionary map)
        {
            foreach (DictionaryEntry entry in map) if (entry.Value is null) return $".{entry.Key}";
            return null;
        }
        if (collection is not IEnumerable elements) return null;
        var index = 0;
        foreach (var element in elements)
        {
            if (element is null) return $"[{index}]";
            index++;
        }
        return null;
    }
}

/// <summary>A null element; <see cref="Element"/> is its place below the object the serializer was reading.</summary>
internal sealed class NullElementException(string element)
    : JsonException("holds a null where a value is required.")
{
    public string Element { get; } = element;
}
