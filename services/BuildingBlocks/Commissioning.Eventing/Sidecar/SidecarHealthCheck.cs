using Dapr.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commissioning.Eventing.Sidecar;

/// <summary>Readiness only: a missing sidecar means events cannot flow, not that the process should be restarted.</summary>
public sealed class SidecarHealthCheck(DaprClient dapr) : IHealthCheck
{
    public const string Name = "dapr-sidecar";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await dapr.CheckHealthAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The sidecar answered its health endpoint.")
            : new HealthCheckResult(context.Registration.FailureStatus, "The sidecar did not answer its health endpoint with success.");
}
