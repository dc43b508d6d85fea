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
        ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var sent = new TaskCompletionSource<AsyncUnaryCall<TResponse>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var response = Through(sent, () => continuation(request, context));
        return new AsyncUnaryCall<TResponse>(response, Headers(sent), () => Sent(sent).GetStatus(), () => Sent(sent).GetTrailers(),
            () => { if (sent.Task.IsCompletedSuccessfully) sent.Task.Result.Dispose(); });
    }

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        breaker.IsOpen ? throw breaker.Refusal : continuation(request, context);

    private async Task<TResponse> Through<TResponse>(TaskCompletionSource<AsyncUnaryCall<TResponse>> sent, Func<AsyncUnaryCall<TResponse>> send)
    {
        try
        {
            return await breaker.Pipeline.ExecuteAsync(async _ =>
            {
                var call = send();
                sent.SetResult(call);
                return await call.ResponseAsync;
            });
        }
        catch (Exception e) when (e is BrokenCircuitException or IsolatedCircuitException)
        {
            sent.TrySetException(breaker.Refusal);
            throw breaker.Refusal;
        }
        catch (Exception e) when (sent.TrySetException(e))
        {
            // Not sent at all (the channel refused the call): headers and status wait on it, so they fail with it.
            throw;
        }
    }

    private static async Task<Metadata> Headers<TResponse>(TaskCompletionSource<AsyncUnaryCall<TResponse>> sent) =>
        await (await sent.Task).ResponseHeadersAsync;

    private AsyncUnaryCall<TResponse> Sent<TResponse>(TaskCompletionSource<AsyncUnaryCall<TResponse>> sent) =>
        sent.Task.IsCompletedSuccessfully ? sent.Task.Result : throw breaker.Refusal;
}
