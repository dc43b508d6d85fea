using Commissioning.ServiceDefaults;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Grpc.Tests;

/// <summary>grpc.health.v1 answers from the checks of /health/ready: the whole server and each service it serves.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private const string Finance = "commissioning.finance.v1.FinanceService";
    private HealthStatus _store = HealthStatus.Healthy;
    private GrpcTestServer _server = null!;
    private GrpcChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _server = await GrpcTestServer.StartSample(services => services.AddHealthChecks()
            .AddCheck("store", () => new HealthCheckResult(_store), [HealthEndpoints.ReadyTag])
            .AddCheck("not-for-readiness", () => HealthCheckResult.Unhealthy()));
        _channel = GrpcChannel.ForAddress(_server.Address);
    }

    [Fact]
    public async Task Every_served_service_is_SERVING_while_the_ready_checks_pass_and_NOT_SERVING_once_one_fails()
    {
        var health = new Grpc.Health.V1.Health.HealthClient(_channel);

        var overall = await health.CheckAsync(new HealthCheckRequest());
        var finance = await health.CheckAsync(new HealthCheckRequest { Service = Finance });
        _store = HealthStatus.Unhealthy;
        var failing = await health.CheckAsync(new HealthCheckRequest { Service = Finance });

        Assert.Equal([ServingStatus.Serving, ServingStatus.Serving, ServingStatus.NotServing], [overall.Status, finance.Status, failing.Status]);
    }

    [Fact]
    public async Task A_service_the_server_does_not_serve_is_NOT_FOUND()
    {
        var health = new Grpc.Health.V1.Health.HealthClient(_channel);

        var error = await Assert.ThrowsAsync<RpcException>(async () => await health.CheckAsync(new HealthCheckRequest { Service = "nope" }));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _server.DisposeAsync();
    }
}
