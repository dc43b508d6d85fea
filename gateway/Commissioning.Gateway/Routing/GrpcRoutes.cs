using Commissioning.Gateway.Forwarding;
using Commissioning.Protos;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Grpc.Reflection;

namespace Commissioning.Gateway.Routing;

/// <summary>
/// What gRPC clients ask the gateway itself: reflection describes every service the gateway routes
/// (so buf curl and grpcurl work through it without proto files), and grpc.health.v1 reports each
/// routed service as its backend last reported itself. Both are the packages' own implementations
/// (Grpc.Reflection, Grpc.HealthCheck) given the routed services' descriptors from Commissioning.Protos.
/// </summary>
public static class GrpcRoutes
{
    public static void AddGatewayGrpc(this IServiceCollection services)
    {
        // Unknown services are the routed backends' business: the forwarder must see them, not UNIMPLEMENTED.
        services.AddGrpc(o => o.IgnoreUnknownServices = true);
        services.AddSingleton(provider => new ReflectionServiceImpl(Described(provider)));
        services.AddSingleton(provider => new ReflectionV1ServiceImpl(Described(provider)));
        services.AddSingleton(_ =>
        {
            var health = new HealthServiceImpl();
            health.SetStatus("", HealthCheckResponse.Types.ServingStatus.Serving);
            return health;
        });
        services.AddHostedService<GrpcBackendProbe>();
    }

    public static void MapGatewayGrpc(this WebApplication app)
    {
        app.MapGrpcService<HealthServiceImpl>().AllowAnonymous();
        app.MapGrpcService<ReflectionServiceImpl>().AllowAnonymous();
        app.MapGrpcService<ReflectionV1ServiceImpl>().AllowAnonymous();
    }

    private static List<Google.Protobuf.Reflection.ServiceDescriptor> Described(IServiceProvider provider) =>
        RoutedServices(provider.GetRequiredService<IConfiguration>()).Select(r => r.Service)
            .Append(Grpc.Health.V1.Health.Descriptor).Append(Grpc.Reflection.V1.ServerReflection.Descriptor).ToList();

    /// <summary>Each routed gRPC service with its cluster: the route path is "/{package.Service}/{method}".</summary>
    internal static IEnumerable<(Google.Protobuf.Reflection.ServiceDescriptor Service, string ClusterId)> RoutedServices(IConfiguration configuration)
    {
        var config = configuration.GetSection(ProxyConfig.Section).Get<ProxyConfig>() ?? new ProxyConfig();
        foreach (var route in config.Routes.Values.Where(r => r.Grpc))
        {
            var name = route.Match.Path.Trim('/').Split('/')[0];
            if (CommissioningServices.All.FirstOrDefault(s => s.FullName == name) is { } service) yield return (service, route.ClusterId);
        }
    }
}

/// <summary>Asks each gRPC backend for its readiness every few seconds and mirrors it in the gateway's gRPC health.</summary>
internal sealed class GrpcBackendProbe(IConfiguration configuration, Clusters clusters, HealthServiceImpl health) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var routed = GrpcRoutes.RoutedServices(configuration).ToList();
        foreach (var (service, _) in routed) health.SetStatus(service.FullName, HealthCheckResponse.Types.ServingStatus.Unknown);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var (service, clusterId) in routed)
                if (clusters.Get(clusterId) is { } cluster)
                    health.SetStatus(service.FullName, await Probe(cluster, stoppingToken));
            try { await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task<HealthCheckResponse.Types.ServingStatus> Probe(Cluster cluster, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(cluster.NextDestination(), "/health/ready"))
            {
                Version = cluster.Version,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var response = await clusters.Invoker.SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? HealthCheckResponse.Types.ServingStatus.Serving : HealthCheckResponse.Types.ServingStatus.NotServing;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return HealthCheckResponse.Types.ServingStatus.NotServing;
        }
    }
}
