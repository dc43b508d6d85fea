using System.Net;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Workforce.Tests.Api;

/// <summary>
/// The workforce service starts on its own store (SQLite and PostgreSQL), answers health on REST and
/// grpc.health.v1 for itself and for commissioning.workforce.v1.WorkforceService, and refuses an
/// anonymous caller.
/// </summary>
public abstract class ServiceShellTests : IAsyncLifetime
{
    private ServiceHost<Program> _service = null!;

    protected abstract Dictionary<string, string?> Settings();

    public Task InitializeAsync()
    {
        _service = new ServiceHost<Program>(Settings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_service_is_live_and_its_migrated_store_is_ready()
    {
        using var http = new HttpClient { BaseAddress = _service.HttpAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        // No sidecar runs in this test, so readiness as a whole is not asked; the store's own check is.
        var ready = JsonDocument.Parse(await (await http.GetAsync("/health/ready")).Content.ReadAsStringAsync())
            .RootElement;
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Grpc_health_knows_the_workforce_service_and_no_other()
    {
        using var channel = GrpcChannel.ForAddress(_service.GrpcAddress);
        var health = new Health.HealthClient(channel);
        var server = await health.CheckAsync(new HealthCheckRequest { Service = "" });
        var workforce = await health.CheckAsync(
            new HealthCheckRequest { Service = "commissioning.workforce.v1.WorkforceService" });
        Assert.Equal(server.Status, workforce.Status);
        var unknown = await Assert.ThrowsAsync<RpcException>(async () =>
            await health.CheckAsync(new HealthCheckRequest { Service = "commissioning.finance.v1.FinanceService" }));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Dead_letters_are_for_a_platform_administrator_only()
    {
        using var http = new HttpClient { BaseAddress = _service.HttpAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/admin/dead-letters")).StatusCode);
        http.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentTokens.Mint(
            new DevelopmentTokenRequest("hr", "E08000015", [Roles.HrOfficer])));
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/admin/dead-letters")).StatusCode);
    }
}

public sealed class SqliteServiceShellTests : ServiceShellTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresServiceShellTests(PostgresServer postgres) : ServiceShellTests,
    IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() => StoreSettings.Postgres(postgres, "workforce_shell");
}
