using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commissioning.Persistence;

internal sealed class StoreHealthCheck<TContext>(TContext context) : IHealthCheck where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext check, CancellationToken cancellationToken = default) =>
        await context.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy(context.Database.ProviderName)
            : HealthCheckResult.Unhealthy("The store does not accept connections.");
}
