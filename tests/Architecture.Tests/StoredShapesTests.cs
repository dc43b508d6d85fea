using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Commissioning.Domain;
using Commissioning.Persistence;

namespace Architecture.Tests;

/// <summary>
/// Every aggregate's stored shape, pinned (issue 14): the JSON members <see cref="DomainJson"/> writes for each
/// aggregate and every type inside it, and the names of the enums it stores by name, against
/// <c>stored-shapes.txt</c>. A field renamed or removed would load as its default from the rows a council already
/// holds, silently; here it fails until the shape file is updated on purpose, next to the migration that moves the
/// data. UPDATE_STORED_SHAPES=1 rewrites the file from the code (then review the diff).
/// </summary>
public sealed class StoredShapesTests
{
    private const string Update = "UPDATE_STORED_SHAPES";

    [Fact]
    public void Every_aggregates_stored_shape_is_the_one_pinned()
    {
        var path = Path.Combine(Here(), "stored-shapes.txt");
        var current = Shapes();
        if (Environment.GetEnvironmentVariable(Update) == "1") File.WriteAllLines(path, current);
        var pinned = File.ReadAllLines(path);
        var gone = pinned.Except(current).ToList();
        var added = current.Except(pinned).ToList();
        Assert.True(gone.Count == 0 && added.Count == 0,
            $"Stored shapes changed. No longer written:\n  {string.Join("\n  ", gone)}\nNew:\n  " +
            $"{string.Join("\n  ", added)}\nRows already stored keep the old names: migrate them, then " +
            $"{Update}=1 dotnet test tests/Architecture.Tests --filter {nameof(StoredShapesTests)}");
    }

    private static List<string> Shapes()
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        foreach (var aggregate in Platform.DomainNames.Select(Platform.Load).SelectMany(a => a.GetTypes())
                     .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(AggregateRoot))))
            Describe(aggregate, lines, seen);
        return [.. lines];
    }

    private static void Describe(Type type, SortedSet<string> lines, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type)) return;
        if (type.IsEnum)
        {
            // Stored by name, in no particular order: one member a line, so a rename shows as that member.
            foreach (var name in Enum.GetNames(type)) lines.Add($"{type.FullName} = {name}");
            return;
        }
        var info = DomainJson.Options.GetTypeInfo(type);
        if (info.ElementType is { } element) Describe(element, lines, seen);
        if (info.KeyType is { } key) Describe(key, lines, seen);
        if (info.Kind != JsonTypeInfoKind.Object) return;
        foreach (var member in info.Properties)
        {
            lines.Add($"{type.FullName}.{member.Name}: {Name(member.PropertyType)}");
            Describe(member.PropertyType, lines, seen);
        }
    }

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;

    private static string Here([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
