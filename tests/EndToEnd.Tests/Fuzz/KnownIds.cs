using System.Text.Json.Nodes;
using Commissioning.Testing.OpenApi;

namespace EndToEnd.Tests.Fuzz;

/// <summary>
/// The ids of the demo's records, read through the API with the owner's token, by the collection they were
/// listed under ("funds", "contributions", "bodies"), so a path or body can name a record that exists.
/// </summary>
public sealed class KnownIds
{
    private readonly SortedDictionary<string, List<string>> _byCollection = new(StringComparer.Ordinal);

    public int Count => _byCollection.Values.Sum(ids => ids.Count);

    /// <summary>Keeps every id in an answer listed under <paramref name="collection"/> (the path's last
    /// literal segment), and those of the lists inside it under their property's name.</summary>
    public void Take(string collection, JsonNode? answer)
    {
        switch (answer)
        {
            case JsonArray items:
                foreach (var item in items) Take(collection, item);
                break;
            case JsonObject record:
                if (record["id"] is JsonValue id && id.TryGetValue<string>(out var text) && Guid.TryParse(text, out _))
                    Add(collection, text);
                foreach (var (name, value) in record)
                    if (value is JsonArray or JsonObject) Take(value is JsonArray ? name : collection, value);
                break;
        }
    }

    /// <summary>An id for a path segment's collection ("funds") or a body field ("bearerBodyId").</summary>
    public string? For(string name)
    {
        var wanted = Singular(name.EndsWith("Ids") ? name[..^3] : name.EndsWith("Id") ? name[..^2] : name)
            .ToLowerInvariant();
        return _byCollection.Where(c => wanted.EndsWith(Singular(c.Key).ToLowerInvariant(), StringComparison.Ordinal))
            .OrderByDescending(c => c.Key.Length).Select(c => c.Value[0]).FirstOrDefault();
    }

    /// <summary>An id for a path parameter: by its name ("fundId"), or for "id" by the segment before it.</summary>
    public string? For(ApiOperation operation, ApiParameter parameter)
    {
        var segments = operation.Segments;
        var at = Array.IndexOf(segments, $"{{{parameter.Name}}}");
        return For(parameter.Name == "id" && at > 0 ? segments[at - 1] : parameter.Name);
    }

    private void Add(string collection, string id)
    {
        if (!_byCollection.TryGetValue(collection, out var ids)) _byCollection[collection] = ids = [];
        if (!ids.Contains(id)) ids.Add(id);
    }

    private static string Singular(string name) =>
        name.EndsWith("ies") ? name[..^3] + "y" : name.EndsWith('s') ? name[..^1] : name;
}
