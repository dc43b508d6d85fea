using Commissioning.Gateway.Idempotency;
using Commissioning.Gateway.Routing;
using Commissioning.ServiceDefaults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace Commissioning.Gateway.Health;

/// <summary>
/// Readiness lists Redis and every cluster. Without Redis the gateway cannot honour idempotency
/// keys, so it is not ready; a cluster that is down only degrades it (200 with "Degraded"): the
/// gateway still serves the other services, and answers 502 or 503 for that one. Each cluster is
/// checked a second time, untagged, for gRPC health, where "Degraded" would read as SERVING.
/// </summary>
public static class BackendHealth
{
    public static string CheckName(string clusterId) => $"cluster:{clusterId}";
    public static string GrpcCheckName(string clusterId) => $"grpc-health:{clusterId}";

    public static void AddBackendHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddRedis(sp => sp.GetRequiredService<RedisConnection>().Database.Multiplexer,
            "redis", tags: [HealthEndpoints.ReadyTag]);
        // One check per configured cluster, registered once configuration is final.
        services.AddOptions<HealthCheckServiceOptions>().Configure<IConfiguration>((health, configuration) =>
        {
            var clusters = configuration.GetSection($"{GatewayProxy.Section}:Clusters").GetChildren();
            foreach (var id in clusters.Select(c => c.Key))
            {
                health.Registrations.Add(new HealthCheckRegistration(CheckName(id),
                    sp => new ClusterHealthCheck(sp.GetRequiredService<IProxyStateLookup>(), id),
                    HealthStatus.Degraded, [HealthEndpoints.ReadyTag]));
                health.Registrations.Add(new HealthCheckRegistration(GrpcCheckName(id),
                    sp => new ClusterHealthCheck(sp.GetRequiredService<IProxyStateLookup>(), id),
                    HealthStatus.Unhealthy, []));
            }
        });
    }
}

/// <summary>
/// Asks the cluster's destinations for their readiness now. YARP's active health check asks the
/// same path on its own schedule, but it needs two failures in a row before it marks a destination
/// down: readiness, and gRPC health that is read from it, report what is true at the time of asking.
/// </summary>
internal sealed class ClusterHealthCheck(IProxyStateLookup proxy, string id) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        if (!proxy.TryGetCluster(id, out var cluster) || cluster.DestinationsState.AllDestinations.Count == 0)
            return new HealthCheckResult(context.Registration.FailureStatus, "no destinations");
        var path = cluster.Model.Config.HealthCheck?.Active?.Path ?? "/health/ready";
        var answers = await Task.WhenAll(cluster.DestinationsState.AllDestinations.Select(async destination =>
        {
            try
            {
                using var response = await ClusterRequests.Get(cluster, destination, path, TimeSpan.FromSeconds(3),
                    cancellationToken);
                return (Destination: destination.DestinationId, Ready: response.IsSuccessStatusCode,
                    Answer: $"answered {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                return (Destination: destination.DestinationId, Ready: false, Answer: "cannot be reached");
            }
        }));
        var description = string.Join("; ", answers.Select(a => $"{a.Destination} {a.Answer}"));
        return answers.Any(a => a.Ready)
            ? HealthCheckResult.Healthy(description)
            : new HealthCheckResult(context.Registration.FailureStatus, description);
    }
}
