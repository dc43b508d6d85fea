using System.Text.Json.Nodes;

namespace Commissioning.Testing.OpenApi;

/// <summary>
/// A plausible value for a schema (a body the operation could take: required fields filled, lists of one,
/// the first of an enum or a choice), which the hostile variants then spoil one field at a time.
/// </summary>
public sealed class PlausibleValues(ApiDocument document, Func<string, string> idFor)
{
    private const int Deepest = 6;

    /// <param name="everyField">Optional fields too, so that a spoilt value can be put at any depth.</param>
    public JsonNode? For(JsonNode? schema, string name = "", int depth = 0, bool everyField = false)
    {
        schema = document.Resolve(schema);
        if (schema is null || depth > Deepest) return null;
        if (Choice(schema) is { } choice) return For(choice, name, depth + 1, everyField);
        if (schema["enum"]?.AsArray() is { Count: > 0 } values) return values.First(v => v is not null)!.DeepClone();
        return TypeOf(schema) switch
        {
            "object" => Object(schema, depth, everyField),
            "array" => new JsonArray(For(schema["items"], name, depth + 1, everyField)),
            "integer" => 1,
            "number" => 1.5m,
            "boolean" => true,
            "string" => Text(schema, name),
            _ => null,
        };
    }

    /// <summary>The operation's required query parameters with plausible values, escaped.</summary>
    public Dictionary<string, string> RequiredQuery(ApiOperation operation) =>
        operation.InQuery.Where(p => p.Required)
            .ToDictionary(p => p.Name, p => Uri.EscapeDataString(For(p.Schema, p.Name)?.ToString() ?? "1"));

    /// <summary>The schema's type without "null": <c>["null", "string"]</c> is a string.</summary>
    public static string? TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonValue single => single.GetValue<string>(),
        JsonArray several => several.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => schema["properties"] is not null ? "object" : null,
    };

    /// <summary>The first alternative of a oneOf or anyOf that is not null.</summary>
    public static JsonNode? Choice(JsonNode schema) =>
        (schema["oneOf"] ?? schema["anyOf"])?.AsArray().FirstOrDefault(s => s?["type"]?.ToString() != "null");

    private JsonObject Object(JsonNode schema, int depth, bool everyField)
    {
        var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        var body = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
            if (everyField || required.Contains(name)) body[name] = For(property, name, depth + 1, everyField);
        return body;
    }

    private JsonNode Text(JsonNode schema, string name) => schema["format"]?.GetValue<string>() switch
    {
        "date" => "2018-04-02",
        "date-time" => "2018-04-02T09:00:00Z",
        "uuid" => idFor(name),
        "uri" => "https://provider.example.org/hooks",
        _ when name.Contains("year", StringComparison.OrdinalIgnoreCase) => "2018/19",
        _ when name.Contains("email", StringComparison.OrdinalIgnoreCase) => "someone@example.org",
        _ => "Fuzz",
    };
}
