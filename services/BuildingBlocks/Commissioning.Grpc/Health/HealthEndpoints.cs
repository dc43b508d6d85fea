using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Commissioning.Grpc;

public static class HealthEndpoints
{
    /// <summary>grpc.health.v1.Health (Check, List, Watch), anonymous, as probes and load balancers expect.</summary>
    public static IEndpointConventionBuilder MapGrpcHealth(this IEndpointRouteBuilder endpoints)
    {
        var health = endpoints.ServiceProvider.GetRequiredService<GrpcHealth>();
        endpoints.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping
            .Register(() => health.SetAll(ServingStatus.NotServing));
        return endpoints.MapGrpcService(HealthReflection.Descriptor.Services[0], service =>
        {
            service.Unary<HealthCheckRequest, HealthCheckResponse>("Check", (request, _) =>
                health.StatusOf(request.Service) is { } status
                    ? Task.FromResult(new HealthCheckResponse { Status = status })
                    : throw new GrpcCallException(GrpcStatusCode.NotFound, $"Unknown service '{request.Service}'."))
                .AllowAnonymous();
            service.Unary<HealthListRequest, HealthListResponse>("List", (_, _) =>
                Task.FromResult(new HealthListResponse
                {
                    Statuses = { health.All.ToDictionary(s => s.Key, s => new HealthCheckResponse { Status = s.Value }) },
                }))
                .AllowAnonymous();
            service.ServerStreaming<HealthCheckRequest, HealthCheckResponse>("Watch", async (request, responses, call) =>
            {
                await foreach (var status in health.Watch(request.Service, call.CancellationToken))
                    await responses.WriteAsync(new HealthCheckResponse { Status = status });
            }).AllowAnonymous();
        });
    }
}
