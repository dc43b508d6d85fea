using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commissioning.Eventing.Sidecar;

/// <summary>Readiness only: a missing sidecar means events cannot flow, not that the process should be restarted.</summary>
public sealed class SidecarHealthCheck(SidecarClient sidecar) : IHealthCheck
{
    public const string Name = "dapr-sidecar";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await sidecar.IsHealthyAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The sidecar answered /v1.0/healthz.")
            : new HealthCheckResult(context.Registration.FailureStatus, "The sidecar did not answer /v1.0/healthz with success.");
}
