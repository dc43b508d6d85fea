using System.Collections.Concurrent;
using Grpc.Core;
using Polly;
using Polly.CircuitBreaker;

namespace Commissioning.Grpc;

/// <summary>
/// One circuit breaker per target authority, shared by every client of it: calls that end UNAVAILABLE
/// or DEADLINE_EXCEEDED (after the channel's own retries) count as failures. The first client's
/// options for a target set its breaker.
/// </summary>
public sealed class TargetBreakers
{
    private readonly ConcurrentDictionary<string, Lazy<TargetBreaker>> _breakers = new();

    public TargetBreaker For(Uri target, GrpcClientOptions options) =>
        _breakers.GetOrAdd(Key(target), key => new Lazy<TargetBreaker>(() => Build(key, options))).Value;

    // A dns:/// target names its host in the path (its authority, the DNS server, is empty).
    private static string Key(Uri target) => PerCallBalancing.IsBalanced(target)
        ? target.GetLeftPart(UriPartial.Path)
        : target.GetLeftPart(UriPartial.Authority);

    private static TargetBreaker Build(string target, GrpcClientOptions options)
    {
        var state = new CircuitBreakerStateProvider();
        var pipeline = new ResiliencePipelineBuilder().AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<RpcException>(e =>
                e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded),
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerDuration,
            StateProvider = state,
        }).Build();
        return new TargetBreaker(target, pipeline, state);
    }
}

public sealed record TargetBreaker(string Target, ResiliencePipeline Pipeline, CircuitBreakerStateProvider State)
{
    public bool IsOpen => State.CircuitState is CircuitState.Open or CircuitState.Isolated;

    public RpcException Refusal => new(new Status(StatusCode.Unavailable, $"The circuit to {Target} is open after repeated failures."));
}
