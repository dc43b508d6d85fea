using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LocalSidecar;

/// <summary>A routing rule of a v2 subscription; only equality on a top-level CloudEvent attribute is understood.</summary>
public sealed partial record RouteRule(string Match, string Path)
{
    [GeneratedRegex("""^\s*event\.(\w+)\s*==\s*["'](.*)["']\s*$""")]
    private static partial Regex Equality();

    public bool IsUnderstood => Match.Length == 0 || Equality().IsMatch(Match);

    public bool Matches(JsonObject cloudEvent)
    {
        if (Match.Length == 0) return true;
        var equality = Equality().Match(Match);
        return equality.Success && cloudEvent[equality.Groups[1].Value]?.ToString() == equality.Groups[2].Value;
    }
}

/// <summary>One subscription as the app declared it at GET /dapr/subscribe (v1 "route" or v2 "routes").</summary>
public sealed record Subscription(string PubSubName, string Topic, IReadOnlyList<RouteRule> Rules, string? DefaultRoute,
    string? DeadLetterTopic, bool RawPayload)
{
    /// <summary>The route for an event: the first matching rule, else the default; null when nothing matches.</summary>
    public string? RouteFor(JsonObject? cloudEvent) =>
        Rules.FirstOrDefault(r => cloudEvent is not null && r.Matches(cloudEvent))?.Path ?? DefaultRoute;

    public static IEnumerable<Subscription> Parse(JsonElement list, ILogger logger)
    {
        foreach (var item in list.EnumerateArray())
        {
            var rules = new List<RouteRule>();
            string? defaultRoute = Text(item, "route");
            if (item.TryGetProperty("routes", out var routes) && routes.ValueKind == JsonValueKind.Object)
            {
                defaultRoute = Text(routes, "default") ?? defaultRoute;
                if (routes.TryGetProperty("rules", out var list2) && list2.ValueKind == JsonValueKind.Array)
                    rules.AddRange(list2.EnumerateArray().Select(r => new RouteRule(Text(r, "match") ?? "", Text(r, "path") ?? "")));
            }
            foreach (var rule in rules.Where(r => !r.IsUnderstood))
                logger.LogWarning("Routing rule '{Match}' is beyond this local sidecar (it understands event.<attribute> == \"value\"); it never matches", rule.Match);
            var raw = item.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object &&
                      Text(metadata, "rawPayload")?.Trim('"') == "true";
            yield return new Subscription(Text(item, "pubsubname") ?? "", Text(item, "topic") ?? "", rules,
                defaultRoute, NullIfEmpty(Text(item, "deadLetterTopic")), raw);
        }
    }

    /// <summary>
    /// A key's text, matched without regard to case as daprd's Go decoder matches it: the .NET SDK writes
    /// "pubsubName", the JS SDK "pubsubname", and daprd takes both.
    /// </summary>
    private static string? Text(JsonElement element, string name) => element.EnumerateObject()
        .Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String)
        .Select(p => p.Value.GetString()).FirstOrDefault();

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
