using Grpc.Health.V1;

namespace Commissioning.Grpc;

/// <summary>grpc.health.v1.Health of a target: readiness checks of dependencies use it.</summary>
public sealed class HealthClient(GrpcChannel channel) : GrpcClient(channel, HealthReflection.Descriptor.Services[0])
{
    public Task<HealthCheckResponse> Check(HealthCheckRequest request, GrpcCallOptions? options = null) =>
        Unary<HealthCheckRequest, HealthCheckResponse>("Check", request, options);

    public IAsyncEnumerable<HealthCheckResponse> Watch(HealthCheckRequest request, GrpcCallOptions? options = null) =>
        ServerStreaming<HealthCheckRequest, HealthCheckResponse>("Watch", request, options);
}
