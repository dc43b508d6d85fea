using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commissioning.Grpc;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>The server side: options, the service registry and the health statuses.</summary>
    public static IServiceCollection AddCommissioningGrpc(this IServiceCollection services, Action<GrpcServerOptions>? configure = null)
    {
        services.AddOptions<GrpcServerOptions>().Configure(o => configure?.Invoke(o));
        services.TryAddSingleton<GrpcServiceRegistry>();
        services.TryAddSingleton<GrpcHealth>();
        return services;
    }
}
