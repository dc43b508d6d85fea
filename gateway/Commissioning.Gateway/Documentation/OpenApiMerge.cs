using System.Text.Json.Nodes;

namespace Commissioning.Gateway.Documentation;

/// <summary>One service's OpenAPI document and where the gateway serves its /admin operations.</summary>
/// <param name="AdminPrefix">
/// "/admin/pooled-finance" for pooled finance's "/admin/..." paths; null if not routed.
/// </param>
public sealed record ServiceDocument(string ClusterId, JsonObject Document, string? AdminPrefix);

/// <summary>
/// The merge itself, with no I/O: paths as the gateway exposes them (a service's "/admin/dead-letters" is
/// "/admin/pooled-finance/dead-letters" at the gateway, as its route says), tags and schemas united by name (a
/// schema two services define differently keeps the first and is reported in <c>x-merge-conflicts</c>; every
/// service names its schemas after itself, so none should), bearer security declared once.
/// </summary>
public static class OpenApiMerge
{
    private const string Admin = "/admin";

    public static JsonObject Merge(IEnumerable<ServiceDocument> documents)
    {
        var merged = Skeleton();
        foreach (var service in documents) Add(merged, service);
        return merged;
    }

    private static void Add(JsonObject merged, ServiceDocument service)
    {
        var paths = merged["paths"]!.AsObject();
        foreach (var (path, item) in service.Document["paths"]?.AsObject() ?? [])
            if (Exposed(path, service.AdminPrefix) is { } exposed && !paths.ContainsKey(exposed))
                paths[exposed] = item?.DeepClone();
        var tags = merged["tags"]!.AsArray();
        foreach (var tag in (service.Document["tags"]?.AsArray() ?? []).OfType<JsonNode>())
            if (!tags.Any(t => t!["name"]?.GetValue<string>() == tag["name"]?.GetValue<string>()))
                tags.Add(tag.DeepClone());
        var schemas = merged["components"]!["schemas"]!.AsObject();
        foreach (var (name, schema) in service.Document["components"]?["schemas"]?.AsObject() ?? [])
        {
            if (!schemas.ContainsKey(name)) schemas[name] = schema?.DeepClone();
            else if (!JsonNode.DeepEquals(schemas[name], schema)) merged["x-merge-conflicts"]!.AsArray().Add(name);
        }
    }

    /// <summary>The path a partner calls; an /admin path of a service with no admin route is not documented.</summary>
    private static string? Exposed(string path, string? adminPrefix)
    {
        if (path != Admin && !path.StartsWith(Admin + "/", StringComparison.Ordinal)) return path;
        return adminPrefix is null ? null : adminPrefix + path[Admin.Length..];
    }

    private static JsonObject Skeleton() => new()
    {
        ["openapi"] = "3.1.1",
        ["info"] = new JsonObject
        {
            ["title"] = "Commissioning platform API",
            ["version"] = "v1",
            ["description"] = "Section 75 commissioning: contracts, pooled finance, care packages, workforce and "
                              + "provider notifications. Errors are RFC 9457 problems; POST honours Idempotency-Key.",
            ["contact"] = new JsonObject { ["name"] = "Commissioning platform team" },
        },
        ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "This gateway" }),
        ["paths"] = new JsonObject(),
        ["components"] = new JsonObject
        {
            ["schemas"] = new JsonObject(),
            ["securitySchemes"] = new JsonObject
            {
                ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
            },
        },
        ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }),
        ["tags"] = new JsonArray(),
        ["x-unavailable"] = new JsonArray(),
        ["x-merge-conflicts"] = new JsonArray(),
    };
}
