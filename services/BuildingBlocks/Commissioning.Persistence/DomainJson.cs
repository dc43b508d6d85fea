using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Commissioning.Domain;

namespace Commissioning.Persistence;

/// <summary>
/// Stores domain objects by their fields, not their public surface: aggregates keep their state in
/// private fields and expose read-only views, and the domain must not bend to storage. Classes of
/// the shared kernel and of the assemblies built on it are written field by field and
/// rebuilt through their private parameterless constructor where they have one; everything else (DateOnly, decimal,
/// records of the BCL) is handled as System.Text.Json always does. Fields marked [JsonIgnore]
/// (an aggregate's pending domain events) are skipped.
/// </summary>
public static class DomainJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ByFields } },
        Converters = { new JsonStringEnumConverter() },
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Replace,
    };

    public static string Serialize(object aggregate) => JsonSerializer.Serialize(aggregate, aggregate.GetType(), Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");

    private static readonly string Kernel = typeof(AggregateRoot).Assembly.GetName().Name!;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Assembly, bool> DomainAssemblies = new();

    /// <summary>Classes of the shared kernel and of every assembly built on it (the services' domains).</summary>
    private static bool IsDomainType(Type type) =>
        type is { IsClass: true, IsAbstract: false } && DomainAssemblies.GetOrAdd(type.Assembly,
            a => a.GetName().Name == Kernel || a.GetReferencedAssemblies().Any(r => r.Name == Kernel));

    private static void ByFields(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !IsDomainType(info.Type)) return;
        info.Properties.Clear();
        // A private parameterless constructor runs the field initialisers (an aggregate's empty lists);
        // positional records have none, and every one of their fields comes from the JSON anyway.
        var type = info.Type;
        info.CreateObject = type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is { } constructor
            ? MemberAccess.Constructor(constructor)
            : () => RuntimeHelpers.GetUninitializedObject(type);
        foreach (var field in FieldsOf(info.Type))
        {
            var property = info.CreateJsonPropertyInfo(field.FieldType, NameOf(field));
            property.Get = MemberAccess.Getter(field);
            property.Set = MemberAccess.Setter(field);
            info.Properties.Add(property);
        }
    }

    /// <summary>The JSON names of the fields of <paramref name="type"/> marked [Confidential].</summary>
    public static IReadOnlySet<string> ConfidentialMembers(Type type) => FieldsOf(type)
        .Where(f => f.IsDefined(typeof(ConfidentialAttribute))).Select(NameOf).ToHashSet();

    private static IEnumerable<FieldInfo> FieldsOf(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                if (!field.IsDefined(typeof(JsonIgnoreAttribute))) yield return field;
    }

    /// <summary>"&lt;Name&gt;k__BackingField" and "_name" both become "name".</summary>
    private static string NameOf(FieldInfo field)
    {
        var name = field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name.TrimStart('_');
        return JsonNamingPolicy.CamelCase.ConvertName(name);
    }
}
