using Commissioning.Gateway.Health;
using Commissioning.Protos;
using Commissioning.ServiceDefaults;
using Grpc.AspNetCore.HealthChecks;
using Grpc.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Commissioning.Gateway.Routing;

/// <summary>
/// What gRPC clients ask the gateway itself: reflection describes every service the gateway routes
/// (so buf curl and grpcurl work through it without proto files), and grpc.health.v1 reports each
/// routed service by its cluster's check (NOT_SERVING while no destination is ready), the whole
/// gateway ("") by /health/ready. Both are the packages' implementations (Grpc.Reflection given the routed services'
/// descriptors from Commissioning.Protos; Grpc.AspNetCore.HealthChecks over our checks).
/// </summary>
public static class GrpcRoutes
{
    public static void AddGatewayGrpc(this IServiceCollection services)
    {
        // Unknown services are the routed backends' business: YARP must see them, not UNIMPLEMENTED.
        services.AddGrpc(o => o.IgnoreUnknownServices = true);
        services.AddSingleton(provider => new ReflectionServiceImpl(Described(provider)));
        services.AddSingleton(provider => new ReflectionV1ServiceImpl(Described(provider)));
        services.AddGrpcHealthChecks();
        services.AddOptions<GrpcHealthChecksOptions>()
            .Configure<IConfiguration>((health, configuration) =>
            {
                health.Services.Clear();
                health.Services.Map("",
                    (HealthCheckMapContext check) => check.Tags.Contains(HealthEndpoints.ReadyTag));
                foreach (var (service, clusterId) in RoutedServices(configuration))
                    health.Services.Map(service.FullName,
                        (HealthCheckMapContext check) => check.Name == BackendHealth.GrpcCheckName(clusterId));
            });
    }

    public static void MapGatewayGrpc(this WebApplication app)
    {
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcService<ReflectionServiceImpl>().AllowAnonymous();
        app.MapGrpcService<ReflectionV1ServiceImpl>().AllowAnonymous();
    }

    private static List<ServiceDescriptor> Described(IServiceProvider provider) =>
        RoutedServices(provider.GetRequiredService<IConfiguration>()).Select(r => r.Service)
            .Append(Grpc.Health.V1.Health.Descriptor).Append(Grpc.Reflection.V1.ServerReflection.Descriptor).ToList();

    /// <summary>Each routed gRPC service with its cluster.</summary>
    private static IEnumerable<(ServiceDescriptor Service, string ClusterId)> RoutedServices(
        IConfiguration configuration) =>
        GatewayProxy.ConfiguredRoutes(configuration)
            .Select(route => (Service: ServiceOf(route.Path), route.ClusterId))
            .Where(routed => routed.Service is not null)!;

    /// <summary>The gRPC service a route serves, if any: a gRPC route's path is "/{package.Service}/{method}".
    /// </summary>
    internal static ServiceDescriptor? ServiceOf(string routePath) =>
        CommissioningServices.All.FirstOrDefault(s => s.FullName == routePath.Trim('/').Split('/')[0]);
}
