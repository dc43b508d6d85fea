using System.Text.Json.Nodes;
using Commissioning.Testing.OpenApi;

namespace EndToEnd.Tests.Fuzz;

/// <summary>
/// The hostile variants of one operation: its plausible request sent by the wrong callers, with bad ids and
/// characters in the path, bad query values, and bodies spoiled one field at a time (wrong types, nulls,
/// missing and unknown fields, huge and negative numbers, fractional pennies, long and control-character
/// text), two neighbouring fields at once, or as a whole (malformed, duplicate keys, oversized, wrong content
/// type). Seeded: the same
/// document and ids give the same requests in the same order.
/// </summary>
public sealed class HostileVariants(ApiDocument document, KnownIds ids, int seed)
{
    /// <summary>Just over the gateway's and the services' 1 MiB limit.</summary>
    private const int OversizedBody = 1024 * 1024 + 1024;
    private Random _random = new(seed);
    private readonly PlausibleValues _plausible = new(document, name => ids.For(name) ?? Guid.Empty.ToString());

    public IEnumerable<FuzzRequest> For(ApiOperation operation)
    {
        // Each operation draws from its own sequence, so the requests do not depend on the order they are sent in.
        _random = new Random(seed * 1_000 + IndexOf(operation));
        var path = PathValues(operation);
        var query = _plausible.RequiredQuery(operation);
        var body = operation.Body is null ? null : _plausible.For(operation.Body);
        var known = path.Count > 0 && path.Values.All(v => v.Known);
        FuzzRequest Make(string kind, Caller caller, IReadOnlyDictionary<string, (string Value, bool Known)> inPath,
            IReadOnlyDictionary<string, string> inQuery, string? text, bool mustRefuse,
            string type = "application/json") =>
            new(kind, operation, caller, Target(operation, inPath, inQuery), text, mustRefuse, type)
            {
                OnKnownRecords = inPath.Count > 0 && inPath.Values.All(v => v.Known),
            };
        var plain = body?.ToJsonString();
        yield return Make("as planned", Caller.Owner, path, query, plain, false);
        yield return Make("no token", Caller.Anonymous, path, query, plain, true);
        // The auditor may be one of an operation's readers (a reconciliation is a POST that stores nothing):
        // what it must not do is change a record, which the re-reads see.
        yield return Make("wrong role", Caller.WrongRole, path, query, plain, false);
        yield return Make("another council's token", Caller.OtherCouncil, path, query, plain,
            operation.IsWrite && known);
        foreach (var (kind, inPath) in PathVariants(path))
            yield return Make(kind, Caller.Owner, inPath, query, plain, operation.IsWrite);
        foreach (var (kind, inQuery, refuse) in QueryVariants(operation, query))
            yield return Make(kind, Caller.Owner, path, inQuery, plain, refuse && operation.IsWrite);
        if (body is null) yield break;
        foreach (var (kind, text, refuse, type) in WholeBodyVariants(body))
            yield return Make(kind, Caller.Owner, path, query, text, refuse, type);
        var full = _plausible.For(operation.Body, everyField: true)!;
        foreach (var (kind, text, refuse) in FieldVariants(operation.Body!, full, [], 0))
            yield return Make(kind, Caller.Owner, path, query, text, refuse);
        foreach (var (kind, text, names) in FieldPairs(operation.Body!, full))
            yield return Make(kind, Caller.Owner, path, query, text, true) with { Names = names };
    }

    /// <summary>An id no record has, drawn from the seeded sequence.</summary>
    private string UnknownId()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private int IndexOf(ApiOperation operation) =>
        document.Operations.Select((o, i) => (o, i)).First(x => x.o == operation).i;

    private Dictionary<string, (string Value, bool Known)> PathValues(ApiOperation operation)
    {
        var values = new Dictionary<string, (string, bool)>();
        foreach (var parameter in operation.InPath)
            values[parameter.Name] = ids.For(operation, parameter) is { } id ? (id, true) : (UnknownId(), false);
        return values;
    }

    private IEnumerable<(string, Dictionary<string, (string, bool)>)> PathVariants(
        Dictionary<string, (string Value, bool Known)> path)
    {
        string[] hostile = ["not-an-id", "%00", "%C3%A9%E2%82%AC%F0%9F%92%B7", "..%2F..%2Fadmin", new('7', 300)];
        foreach (var name in path.Keys)
        {
            yield return ($"unknown {name}", With(path, name, UnknownId()));
            yield return ($"{name} of the wrong kind", With(path, name, hostile[_random.Next(hostile.Length)]));
        }
    }

    private static Dictionary<string, (string, bool)> With(Dictionary<string, (string Value, bool Known)> path,
        string name, string value) =>
        path.ToDictionary(p => p.Key, p => p.Key == name ? (value, false) : (p.Value.Value, p.Value.Known));

    private static IEnumerable<(string, Dictionary<string, string>, bool)> QueryVariants(ApiOperation operation,
        Dictionary<string, string> query)
    {
        foreach (var parameter in operation.InQuery)
        {
            foreach (var hostile in new[] { "lots", "-1", "99999999999999999999", "%00", new string('q', 5_000) })
                yield return ($"query {parameter.Name}", new(query) { [parameter.Name] = hostile }, true);
            if (parameter.Required)
                yield return ($"query {parameter.Name} missing",
                    query.Where(q => q.Key != parameter.Name).ToDictionary(), true);
        }
    }

    private static IEnumerable<(string, string?, bool, string)> WholeBodyVariants(JsonNode body)
    {
        var text = body.ToJsonString();
        yield return ("no body", null, true, "application/json");
        yield return ("malformed JSON", text[..(text.Length / 2)], true, "application/json");
        yield return ("null body", "null", true, "application/json");
        yield return ("a list for a body", "[]", true, "application/json");
        yield return ("wrong content type", text, true, "text/plain");
        yield return ("oversized body", $"{{\"x\": \"{new string('x', OversizedBody)}\"}}", true, "application/json");
        if (body is JsonObject { Count: > 0 } fields)
        {
            var (name, value) = fields.First();
            yield return ("duplicate field", $"{{\"{name}\": {value?.ToJsonString() ?? "null"}, {text[1..]}", true,
                "application/json");
        }
        if (body is JsonObject)
        {
            var unknown = text.Length > 2 ? $"{{\"fuzzUnknown\": 1, {text[1..]}" : "{\"fuzzUnknown\": 1}";
            yield return ("unknown field", unknown, true, "application/json");
        }
    }

    private IEnumerable<(string, string, bool)> FieldVariants(JsonNode schema, JsonNode body, List<object> at,
        int depth)
    {
        if (Resolved(schema) is not { } resolved || depth > 3) yield break;
        var required = resolved["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (name, property) in resolved["properties"]?.AsObject() ?? [])
        {
            List<object> here = [.. at, name];
            var field = FieldOf(property!);
            foreach (var (kind, value, refuse) in SpoiltValues(field))
                yield return ($"{kind} at {Where(here)}", FieldSet.Set(body, here, value), refuse);
            if (required.Contains(name))
                yield return ($"missing {Where(here)}", FieldSet.Remove(body, here), true);
            foreach (var nested in Nested(field, here, depth)) yield return nested;
        }

        IEnumerable<(string, string, bool)> Nested(JsonNode field, List<object> here, int level) =>
            PlausibleValues.TypeOf(field) switch
            {
                "object" => FieldVariants(field, body, here, level + 1),
                "array" when PlausibleValues.TypeOf(document.Resolve(field["items"]) ?? field) == "object" =>
                    FieldVariants(field["items"]!, body, [.. here, 0], level + 1),
                _ => [],
            };
    }

    /// <summary>
    /// Two neighbouring top-level fields spoilt at once, each with a value it must refuse: the refusal names at
    /// least one of them (a service that stops at the first fault it finds names that one).
    /// </summary>
    private IEnumerable<(string, string, IReadOnlyList<string>)> FieldPairs(JsonNode schema, JsonNode body)
    {
        var fields = new List<(string Name, string Kind, JsonNode? Value)>();
        foreach (var (name, property) in Resolved(schema)?["properties"]?.AsObject() ?? [])
            if (RefusedValue(FieldOf(property!)) is var (kind, value)) fields.Add((name, kind, value));
        for (var i = 0; i + 1 < fields.Count; i++)
        {
            var (first, second) = (fields[i], fields[i + 1]);
            var once = JsonNode.Parse(FieldSet.Set(body, [first.Name], first.Value))!;
            yield return ($"{first.Kind} at {first.Name} and {second.Kind} at {second.Name}",
                FieldSet.Set(once, [second.Name], second.Value), [first.Name, second.Name]);
        }
    }

    /// <summary>One of the values a field of this schema must refuse, drawn from the seeded sequence.</summary>
    private (string Kind, JsonNode? Value)? RefusedValue(JsonNode field)
    {
        var refused = SpoiltValues(field).Where(v => v.Item3).ToList();
        if (refused.Count == 0) return null;
        var (kind, value, _) = refused[_random.Next(refused.Count)];
        return (kind, value);
    }

    /// <summary>An object schema by its reference, or the object of a choice (oneOf) of them.</summary>
    private JsonNode? Resolved(JsonNode schema) =>
        document.Resolve(schema) is not { } resolved ? null
            : PlausibleValues.Choice(resolved) is { } choice ? document.Resolve(choice)! : resolved;

    private JsonNode FieldOf(JsonNode property) =>
        document.Resolve(PlausibleValues.Choice(document.Resolve(property)!) ?? property)!;

    private static string Where(List<object> at) =>
        string.Concat(at.Select((s, i) => s is int n ? $"[{n}]" : i == 0 ? $"{s}" : $".{s}"));

    /// <summary>Values a field of this schema must refuse (true), and values it may take or refuse (false).</summary>
    private IEnumerable<(string, JsonNode?, bool)> SpoiltValues(JsonNode field)
    {
        yield return ("null", null, false);
        switch (PlausibleValues.TypeOf(field), field["format"]?.GetValue<string>())
        {
            case ("string", "uuid"):
                yield return ("an unknown id", UnknownId(), false);
                yield return ("not an id", "not-an-id", true);
                break;
            case ("string", "date" or "date-time"):
                yield return ("an impossible date", "2018-02-30", true);
                break;
            case ("string", _) when field["enum"] is not null:
                yield return ("a name that is not allowed", "fuzz-value", true);
                break;
            case ("string", _):
                yield return ("a number for text", 123, true);
                yield return ("text over 4,000 characters", new string('x', 4_001 + _random.Next(5_000)), true);
                yield return ("a control character", "Fuzz\u0000\u001b", true);
                yield return ("unicode", "Zoë’s ☕ 💷 \u202e", false);
                break;
            case ("integer", _):
                yield return ("text for a number", "lots", true);
                yield return ("a fraction for a count", 1.5, true);
                yield return ("a negative count", -1, false);
                yield return ("a count beyond 32 bits", 2_147_483_648L, true);
                break;
            case ("number", _):
                yield return ("text for an amount", "lots", true);
                yield return ("a negative amount", -1, false);
                yield return ("fractional pennies", 0.001m, false);
                yield return ("an amount beyond £10^12", JsonNode.Parse("1e20"), true);
                yield return ("an amount of -1e27", JsonNode.Parse("-1e27"), true);
                break;
            case ("boolean", _):
                yield return ("text for a yes or no", "yes", true);
                break;
            case ("array", _):
                yield return ("a null in the list", new JsonArray((JsonNode?)null), NonNullItems(field));
                yield return ("text for a list", "fuzz", true);
                break;
            case ("object", _):
                yield return ("text for an object", "fuzz", true);
                yield return ("a list for an object", new JsonArray(), true);
                break;
        }
    }

    private bool NonNullItems(JsonNode array) =>
        document.Resolve(array["items"]) is { } items && items["type"] is not JsonArray
        && PlausibleValues.Choice(items) is null;

    private static string Target(ApiOperation operation, IReadOnlyDictionary<string, (string Value, bool Known)> path,
        IReadOnlyDictionary<string, string> query)
    {
        var target = path.Aggregate(operation.Template, (t, p) => t.Replace($"{{{p.Key}}}", p.Value.Value));
        return query.Count == 0 ? target : $"{target}?{string.Join('&', query.Select(q => $"{q.Key}={q.Value}"))}";
    }
}
