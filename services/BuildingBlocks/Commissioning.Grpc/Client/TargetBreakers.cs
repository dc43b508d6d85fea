using Grpc.Core;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;

namespace Commissioning.Grpc;

/// <summary>
/// One circuit breaker per target authority, shared by every client of it: calls that end UNAVAILABLE
/// or DEADLINE_EXCEEDED (after the channel's own retries) count as failures. The first client's
/// options for a target set its breaker.
/// </summary>
public sealed class TargetBreakers
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();
    private readonly Dictionary<string, CircuitBreakerStateProvider> _states = [];

    public TargetBreaker For(Uri target, GrpcClientOptions options)
    {
        var key = target.GetLeftPart(UriPartial.Authority);
        var pipeline = _registry.GetOrAddPipeline(key, builder => builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<RpcException>(e =>
                e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded),
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerDuration,
            StateProvider = State(key),
        }));
        return new TargetBreaker(key, pipeline, State(key));
    }

    private CircuitBreakerStateProvider State(string key)
    {
        lock (_states)
        {
            if (!_states.TryGetValue(key, out var state)) _states[key] = state = new CircuitBreakerStateProvider();
            return state;
        }
    }
}

public sealed record TargetBreaker(string Target, ResiliencePipeline Pipeline, CircuitBreakerStateProvider State)
{
    public bool IsOpen => State.CircuitState is CircuitState.Open or CircuitState.Isolated;

    public RpcException Refusal => new(new Status(StatusCode.Unavailable, $"The circuit to {Target} is open after repeated failures."));
}
