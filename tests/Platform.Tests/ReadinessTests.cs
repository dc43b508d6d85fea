using System.Net;
using Commissioning.Persistence;
using Commissioning.Testing;
using Platform.Tests.SampleService;
using Xunit;

namespace Platform.Tests;

/// <summary>Readiness of a service on PostgreSQL: AspNetCore.HealthChecks.NpgSql, asked at each probe.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task A_service_on_postgresql_is_ready_while_its_server_answers_and_not_ready_once_it_stops()
    {
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        var stopped = false;
        try
        {
            var database = postgres.CreateDatabase("ready");
            var store = new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = database };
            await using var app = await SampleApp.Start(store);
            using var anonymous = SampleClient.For(app);

            var ready = await anonymous.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("Healthy", Store(await ready.ReadJson()));

            await postgres.DisposeAsync();
            stopped = true;
            var notReady = await anonymous.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
            Assert.Equal("Unhealthy", Store(await notReady.ReadJson()));
        }
        finally
        {
            if (!stopped) await postgres.DisposeAsync();
        }
    }

    private static string? Store(System.Text.Json.JsonElement report) =>
        report.GetProperty("checks").GetProperty("store").GetProperty("status").GetString();
}
