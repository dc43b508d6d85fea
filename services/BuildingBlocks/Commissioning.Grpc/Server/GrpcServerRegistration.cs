using Commissioning.ServiceDefaults;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Hosting;
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
    /// A call to a method of <paramref name="served"/> whose body is not one message of its request type is
    /// INVALID_ARGUMENT (<see cref="GrpcRequestValidation"/>).
    /// </summary>
    public static IServiceCollection AddCommissioningGrpc(this IServiceCollection services, params ServiceDescriptor[] served)
    {
        services.AddSingleton<IStartupFilter>(provider => new GrpcRequestValidation(
            served.SelectMany(s => s.Methods).ToDictionary(m => $"/{m.Service.FullName}/{m.Name}", m => m.InputType),
            LimitOptions.From(provider.GetRequiredService<IConfiguration>()).MaxGrpcMessageBytes));
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
