using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Commissioning.Grpc;

/// <summary>
/// The circuit breaker of one target, shared by every client of it, and the retry that wraps it
/// for idempotent methods. Retrying is only safe when the contract says the method is
/// idempotent, and only worth it when the target said UNAVAILABLE (it did not process the call).
/// </summary>
internal sealed class TargetResilience
{
    public TargetResilience(GrpcClientOptions options)
    {
        var breakerState = new CircuitBreakerStateProvider();
        Breaking = new ResiliencePipelineBuilder().AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<GrpcCallException>(e =>
                e.StatusCode is GrpcStatusCode.Unavailable or GrpcStatusCode.DeadlineExceeded),
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerDuration,
            StateProvider = breakerState,
        }).Build();
        var retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<GrpcCallException>(e => e.StatusCode == GrpcStatusCode.Unavailable),
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        }).Build();
        Retrying = new ResiliencePipelineBuilder().AddPipeline(retry).AddPipeline(Breaking).Build();
        IsOpen = () => breakerState.CircuitState is CircuitState.Open or CircuitState.Isolated;
    }

    public ResiliencePipeline Breaking { get; }
    public ResiliencePipeline Retrying { get; }
    public Func<bool> IsOpen { get; }
}
