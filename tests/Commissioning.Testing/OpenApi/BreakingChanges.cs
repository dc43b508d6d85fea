using System.Text.Json.Nodes;

namespace Commissioning.Testing.OpenApi;

/// <summary>
/// What a partner built against the checked-in document would lose in the running one (as buf's
/// breaking check does for proto): an operation removed, a response property removed, a request
/// property newly required. Schemas are compared along each operation's own references, so a
/// renamed schema with the same shape is not a break, and a removed property is found however deep.
/// </summary>
public static class BreakingChanges
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    /// <summary>Deep enough for every shape the services answer with; a schema that refers to itself stops.</summary>
    private const int MaxDepth = 10;

    public static IReadOnlyList<string> Between(JsonObject before, JsonObject after)
    {
        var breaks = new List<string>();
        foreach (var (path, beforeItem) in Object(before["paths"]))
            foreach (var method in Methods.Where(m => Object(beforeItem).ContainsKey(m)))
            {
                var operation = $"{method.ToUpperInvariant()} {path}";
                if (!Object(after["paths"]?[path]).ContainsKey(method))
                {
                    breaks.Add($"{operation}: operation removed");
                    continue;
                }
                var (was, now) = (beforeItem![method]!, after["paths"]![path]![method]!);
                Compare(before, after, JsonBody(was["requestBody"]), JsonBody(now["requestBody"]),
                    $"{operation} request",
                    (b, a, at) => NewlyRequired(b, a, at, breaks));
                foreach (var (status, response) in Object(was["responses"]))
                    Compare(before, after, JsonBody(response), JsonBody(now["responses"]?[status]),
                        $"{operation} {status}",
                        (b, a, at) => Removed(b, a, at, breaks));
            }
        return breaks;
    }

    private static void Compare(JsonObject beforeDoc, JsonObject afterDoc, JsonNode? before, JsonNode? after, string at,
        Action<JsonObject, JsonObject, string> check, int depth = 0)
    {
        var (b, a) = (Resolve(beforeDoc, before), Resolve(afterDoc, after));
        if (b is null || a is null || depth > MaxDepth) return;
        check(b, a, at);
        foreach (var (name, property) in Object(b["properties"]))
            Compare(beforeDoc, afterDoc, property, a["properties"]?[name], $"{at} {name}", check, depth + 1);
        Compare(beforeDoc, afterDoc, b["items"], a["items"], $"{at}[]", check, depth + 1);
    }

    private static void Removed(JsonObject before, JsonObject after, string at, List<string> breaks) =>
        breaks.AddRange(Object(before["properties"]).Select(p => p.Key)
            .Where(p => !Object(after["properties"]).ContainsKey(p))
            .Select(p => $"{at}: response property '{p}' removed"));

    private static void NewlyRequired(JsonObject before, JsonObject after, string at, List<string> breaks) =>
        breaks.AddRange(Names(after["required"]).Except(Names(before["required"]))
            .Select(p => $"{at}: request property '{p}' is newly required"));

    /// <summary>The schema itself: a reference followed, a nullable one-of reduced to its non-null branch.</summary>
    private static JsonObject? Resolve(JsonObject document, JsonNode? schema)
    {
        for (var depth = 0; depth < 8 && schema is JsonObject node; depth++)
        {
            if (node["$ref"]?.GetValue<string>() is { } reference)
                schema = document["components"]?["schemas"]?[reference.Split('/')[^1]];
            else if (node["oneOf"] is JsonArray branches)
                schema = branches.FirstOrDefault(b => b?["$ref"] is not null || b?["properties"] is not null);
            else return node;
        }
        return null;
    }

    private static JsonNode? JsonBody(JsonNode? body) => body?["content"]?["application/json"]?["schema"];

    private static JsonObject Object(JsonNode? node) => node as JsonObject ?? [];

    private static IEnumerable<string> Names(JsonNode? node) =>
        (node as JsonArray ?? []).Select(n => n!.GetValue<string>());
}
