using Commissioning.Gateway.Forwarding;
using Commissioning.Gateway.Idempotency;
using Commissioning.ServiceDefaults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commissioning.Gateway.Health;

/// <summary>
/// Readiness lists Redis and every backend. Without Redis the gateway cannot honour idempotency
/// keys, so it is not ready; a backend that is down only degrades it (200 with "Degraded"): the
/// gateway still serves the other services, and answers 502 for that one.
/// </summary>
public static class BackendHealth
{
    public static void AddBackendHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddRedis(sp => sp.GetRequiredService<RedisConnection>().Database.Multiplexer,
            "redis", tags: [HealthEndpoints.ReadyTag]);
        // One check per configured cluster, registered once configuration is final.
        services.AddOptions<HealthCheckServiceOptions>().Configure<IConfiguration>((health, configuration) =>
        {
            var config = configuration.GetSection(Routing.ProxyConfig.Section).Get<Routing.ProxyConfig>() ?? new Routing.ProxyConfig();
            foreach (var id in config.Clusters.Keys)
                health.Registrations.Add(new HealthCheckRegistration($"cluster:{id}",
                    sp => new ClusterHealthCheck(sp.GetRequiredService<Clusters>(), id), HealthStatus.Degraded, [HealthEndpoints.ReadyTag]));
        });
    }
}

internal sealed class ClusterHealthCheck(Clusters clusters, string id) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var cluster = clusters.Get(id)!;
        var destination = cluster.NextDestination();
        try
        {
            // gRPC ports are HTTP/2-only and serve grpc.health.v1; asking their /health/ready over h2c reaches the same app.
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(destination, "/health/ready"))
            {
                Version = cluster.Version,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var response = await clusters.Invoker.SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy(destination.ToString())
                : new HealthCheckResult(context.Registration.FailureStatus, $"{destination} answered {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{destination} cannot be reached");
        }
    }
}
