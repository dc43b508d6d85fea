using System.Text.Json.Nodes;
using Commissioning.Gateway.Routing;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Commissioning.Gateway.Documentation;

/// <summary>
/// One OpenAPI document for partners: every REST backend's /openapi/v1.json, paths as the gateway
/// exposes them, schemas merged (a name two services define differently keeps the first and is
/// reported in <c>x-merge-conflicts</c>), bearer security declared. The backends are YARP's clusters
/// of the REST routes, asked together, each at a destination YARP counts as available (or at any, when
/// its health checks have none: a document may still come from a backend too slow for its probes).
/// A backend that does not answer is listed in <c>x-unavailable</c> rather than failing the document.
/// </summary>
public sealed class MergedOpenApi(IProxyStateLookup proxy, ILogger<MergedOpenApi> logger)
{
    public async Task<JsonObject> Build(CancellationToken cancellationToken)
    {
        var merged = Skeleton();
        var restClusters = proxy.GetRoutes().Where(r => GrpcRoutes.ServiceOf(r.Config.Match.Path ?? "") is null)
            .Select(r => r.Cluster).OfType<ClusterState>().DistinctBy(c => c.ClusterId).ToList();
        var documents = await Task.WhenAll(restClusters.Select(cluster => Fetch(cluster, cancellationToken)));
        foreach (var (cluster, document) in restClusters.Zip(documents))
        {
            if (document is not null) Merge(merged, document);
            else merged["x-unavailable"]!.AsArray().Add(cluster.ClusterId);
        }
        return merged;
    }

    private async Task<JsonObject?> Fetch(ClusterState cluster, CancellationToken cancellationToken)
    {
        var destinations = cluster.DestinationsState.AvailableDestinations is { Count: > 0 } available
            ? available : cluster.DestinationsState.AllDestinations;
        if (destinations.Count == 0) return null;
        try
        {
            using var response = await ClusterRequests.Get(cluster, destinations[0], "/openapi/v1.json",
                TimeSpan.FromSeconds(10), cancellationToken);
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?.AsObject();
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException
                                    or System.Text.Json.JsonException)
        {
            logger.LogWarning("No OpenAPI document from {Cluster}: {Error}", cluster.ClusterId, e.Message);
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
            ["description"] = "Section 75 commissioning: contracts, pooled finance, care packages. "
                              + "Errors are RFC 9457 problems; POST honours Idempotency-Key.",
        },
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
        ["x-unavailable"] = new JsonArray(),
        ["x-merge-conflicts"] = new JsonArray(),
    };
}
