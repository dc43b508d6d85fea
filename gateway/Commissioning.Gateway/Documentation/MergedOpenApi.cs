using System.Text.Json.Nodes;
using Commissioning.Gateway.Forwarding;
using Commissioning.Gateway.Routing;

namespace Commissioning.Gateway.Documentation;

/// <summary>
/// One OpenAPI document for partners: every REST backend's /openapi/v1.json, paths as the gateway
/// exposes them, schemas merged (a name two services define differently keeps the first and is
/// reported in <c>x-merge-conflicts</c>), bearer security declared. A backend that is down is
/// listed in <c>x-unavailable</c> rather than failing the whole document.
/// </summary>
public sealed class MergedOpenApi(Clusters clusters, IConfiguration configuration, ILogger<MergedOpenApi> logger)
{
    public async Task<JsonObject> Build(CancellationToken cancellationToken)
    {
        var config = configuration.GetSection(ProxyConfig.Section).Get<ProxyConfig>() ?? new ProxyConfig();
        var merged = Skeleton();
        var restClusters = config.Routes.Values.Where(r => !r.Grpc).Select(r => r.ClusterId).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var id in restClusters)
        {
            if (clusters.Get(id) is not { } cluster) continue;
            if (await Fetch(cluster, cancellationToken) is { } document) Merge(merged, document);
            else merged["x-unavailable"]!.AsArray().Add(id);
        }
        return merged;
    }

    private async Task<JsonObject?> Fetch(Cluster cluster, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(cluster.NextDestination(), "/openapi/v1.json"));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            using var response = await clusters.Invoker.SendAsync(request, timeout.Token);
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync(timeout.Token))?.AsObject();
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning("No OpenAPI document from {Cluster}: {Error}", cluster.Id, e.Message);
            return null;
        }
    }

    private static void Merge(JsonObject merged, JsonObject document)
    {
        var paths = merged["paths"]!.AsObject();
        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
            if (!paths.ContainsKey(path)) paths[path] = item?.DeepClone();
        var schemas = merged["components"]!["schemas"]!.AsObject();
        foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
        {
            if (!schemas.ContainsKey(name)) schemas[name] = schema?.DeepClone();
            else if (!JsonNode.DeepEquals(schemas[name], schema)) merged["x-merge-conflicts"]!.AsArray().Add(name);
        }
    }

    private static JsonObject Skeleton() => new()
    {
        ["openapi"] = "3.1.1",
        ["info"] = new JsonObject
        {
            ["title"] = "Commissioning platform API",
            ["version"] = "v1",
            ["description"] = "Section 75 commissioning: contracts, pooled finance, care packages. Errors are RFC 9457 problems; POST honours Idempotency-Key.",
        },
        ["paths"] = new JsonObject(),
        ["components"] = new JsonObject
        {
            ["schemas"] = new JsonObject(),
            ["securitySchemes"] = new JsonObject { ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" } },
        },
        ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }),
        ["x-unavailable"] = new JsonArray(),
        ["x-merge-conflicts"] = new JsonArray(),
    };
}
