using System.Text.Json.Nodes;
using Commissioning.Gateway.Routing;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace Commissioning.Gateway.Documentation;

/// <summary>
/// One OpenAPI document for partners (<see cref="OpenApiMerge"/>) from every REST backend's /openapi/v1.json. The
/// backends are YARP's clusters of the REST routes, asked together, each at a destination YARP counts as available
/// (or at any, when its health checks have none: a document may still come from a backend too slow for its probes).
/// A backend that does not answer is listed in <c>x-unavailable</c> rather than failing the document.
/// </summary>
public sealed class MergedOpenApi(IProxyStateLookup proxy, ILogger<MergedOpenApi> logger)
{
    public async Task<JsonObject> Build(CancellationToken cancellationToken)
    {
        var routes = proxy.GetRoutes().ToList();
        var restClusters = routes.Where(r => GrpcRoutes.ServiceOf(r.Config.Match.Path ?? "") is null)
            .Select(r => r.Cluster).OfType<ClusterState>().DistinctBy(c => c.ClusterId).ToList();
        var documents = await Task.WhenAll(restClusters.Select(cluster => Fetch(cluster, cancellationToken)));
        var configs = routes.Select(r => r.Config).ToList();
        var answered = restClusters.Zip(documents).Where(d => d.Second is not null).Select(d =>
            new ServiceDocument(d.First.ClusterId, d.Second!, AdminPrefixOf(configs, d.First.ClusterId)));
        var merged = OpenApiMerge.Merge(answered);
        foreach (var (cluster, _) in restClusters.Zip(documents).Where(d => d.Second is null))
            merged["x-unavailable"]!.AsArray().Add(cluster.ClusterId);
        return merged;
    }

    /// <summary>The prefix a cluster's admin route removes ("/admin/contracts"), if it has one.</summary>
    public static string? AdminPrefixOf(IEnumerable<RouteConfig> routes, string clusterId) => routes
        .Where(r => r.ClusterId == clusterId)
        .SelectMany(r => r.Transforms ?? [])
        .Select(t => t.TryGetValue("PathRemovePrefix", out var prefix) ? prefix : null)
        .FirstOrDefault(p => p is not null && p.StartsWith("/admin/", StringComparison.Ordinal));

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
}
