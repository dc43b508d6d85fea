namespace Commissioning.Grpc;

/// <summary>One target service as a client sees it.</summary>
public sealed class GrpcClientOptions
{
    /// <summary>
    /// The target's gRPC base address, e.g. http://pooled-finance:8081 (h2c, prior knowledge), or
    /// dns:///pooled-finance-grpc:8081 for a headless Service, balanced per call (<see cref="PerCallBalancing"/>).
    /// </summary>
    public Uri? Address { get; set; }

    /// <summary>Used when a call names no deadline: every call has one (a service config cannot set it).</summary>
    public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of idempotent methods after UNAVAILABLE (exponential backoff, within the call's deadline).</summary>
    public int MaxRetryAttempts { get; set; } = 3;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The target's circuit opens when at least this share of calls in <see cref="BreakerSamplingDuration"/>
    /// failed with UNAVAILABLE or DEADLINE_EXCEEDED (and at least <see cref="BreakerMinimumThroughput"/> were made).
    /// </summary>
    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 10;
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakerDuration { get; set; } = TimeSpan.FromSeconds(15);
}
