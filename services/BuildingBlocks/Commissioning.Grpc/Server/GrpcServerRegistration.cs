using Commissioning.ServiceDefaults;
using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Commissioning.Grpc;

public static class GrpcServerRegistration
{
    /// <summary>
    /// Grpc.AspNetCore with the rule-violation interceptor, server reflection, and grpc.health.v1 fed by the
    /// checks tagged "ready" (those of /health/ready) for the whole server ("") and each of <paramref name="served"/>.
    /// Map them with MapGrpcService&lt;T&gt;(), MapGrpcReflectionService() and MapGrpcHealthChecksService().
    /// </summary>
    public static IServiceCollection AddCommissioningGrpc(this IServiceCollection services, params ServiceDescriptor[] served)
    {
        services.AddGrpc(o => o.Interceptors.Add<RuleViolationInterceptor>());
        services.AddOptions<GrpcServiceOptions>().Configure<IConfiguration>((grpc, configuration) =>
            grpc.MaxReceiveMessageSize = LimitOptions.From(configuration).MaxGrpcMessageBytes);
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks(o =>
        {
            o.Services.Clear();
            foreach (var name in served.Select(s => s.FullName).Prepend(""))
                o.Services.Map(name, check => check.Tags.Contains(HealthEndpoints.ReadyTag));
        });
        return services;
    }
}
