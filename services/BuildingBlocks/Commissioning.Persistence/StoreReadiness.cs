using HealthChecks.NpgSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commissioning.Persistence;

/// <summary>
/// Readiness of the store, the "store" check of /health/ready and grpc.health.v1: PostgreSQL with
/// AspNetCore.HealthChecks.NpgSql (a query on a pooled connection); SQLite, a file beside the process that no
/// server stands behind, by EF opening it. The provider is read when the check first runs, so test hosts can
/// set it after registration.
/// </summary>
internal sealed class StoreReadiness<TContext>(string serviceName) where TContext : DbContext
{
    public const string Name = "store";

    // One check for the process: its connection string option makes a data source (a pool) of its own.
    private NpgSqlHealthCheck? _postgres;

    public IHealthCheck For(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var options = configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        if (options.Provider != StoreProvider.Postgres)
            return new SqliteFileCheck(services.GetRequiredService<TContext>());
        return _postgres ??= new NpgSqlHealthCheck(
            new NpgSqlHealthCheckOptions(options.ConnectionStringFor(serviceName)));
    }

    private sealed class SqliteFileCheck(TContext context) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext check, CancellationToken cancel) =>
            await context.Database.CanConnectAsync(cancel)
                ? HealthCheckResult.Healthy(context.Database.ProviderName)
                : new HealthCheckResult(check.Registration.FailureStatus, "The store does not accept connections.");
    }
}
