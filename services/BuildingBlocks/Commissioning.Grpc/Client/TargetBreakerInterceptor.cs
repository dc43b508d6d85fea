using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly.CircuitBreaker;

namespace Commissioning.Grpc;

/// <summary>
/// Puts the target's breaker around each call: a unary call runs through it (its outcome counted,
/// refused unsent while the circuit is open); a server stream is refused while it is open, and not
/// counted, since its messages may already have been consumed.
/// </summary>
public sealed class TargetBreakerInterceptor(TargetBreaker breaker) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var send = new UnarySend<TRequest, TResponse>(request, context, continuation);
        var response = breaker.Pipeline.ExecuteAsync(static (s, _) => s.Send(), send).AsTask();
        if (send.Call is null && response.IsCompleted) return Unsent(response);
        // The breaker admits synchronously, so the call is almost always at hand already: its headers and trailers
        // come straight from it, the response through the pipeline (its outcome counted).
        var headers = send.Call?.ResponseHeadersAsync ?? HeadersOnceSent(send, response);
        return new AsyncUnaryCall<TResponse>(response, headers,
            () => Sent(send).GetStatus(), () => Sent(send).GetTrailers(), () => send.Call?.Dispose());
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        breaker.IsOpen ? throw breaker.Refusal : continuation(request, context);

    /// <summary>
    /// A call the breaker refused (the circuit is open) or the channel would not start: it fails with UNAVAILABLE,
    /// or with what the channel threw, and so do its headers and status.
    /// </summary>
    private AsyncUnaryCall<TResponse> Unsent<TResponse>(Task<TResponse> response)
    {
        var error = response.Exception?.InnerException switch
        {
            BrokenCircuitException or IsolatedCircuitException or null => breaker.Refusal,
            var thrown => thrown,
        };
        var status = error is RpcException rpc ? rpc.Status : breaker.Refusal.Status;
        return new AsyncUnaryCall<TResponse>(Task.FromException<TResponse>(error),
            Task.FromException<Metadata>(error), () => status, () => [], () => { });
    }

    private async Task<Metadata> HeadersOnceSent<TRequest, TResponse>(UnarySend<TRequest, TResponse> send,
        Task<TResponse> response) where TRequest : class where TResponse : class
    {
        await ((Task)response).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return await Sent(send).ResponseHeadersAsync;
    }

    private AsyncUnaryCall<TResponse> Sent<TRequest, TResponse>(UnarySend<TRequest, TResponse> send)
        where TRequest : class where TResponse : class => send.Call ?? throw breaker.Refusal;

    private sealed class UnarySend<TRequest, TResponse>(TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
        where TRequest : class where TResponse : class
    {
        public AsyncUnaryCall<TResponse>? Call { get; private set; }

        public ValueTask<TResponse> Send()
        {
            Call = continuation(request, context);
            return new ValueTask<TResponse>(Call.ResponseAsync);
        }
    }
}
