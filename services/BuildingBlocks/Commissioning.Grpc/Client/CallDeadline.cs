namespace Commissioning.Grpc;

/// <summary>The deadline of one logical call (all its attempts) and the token that enforces it.</summary>
internal sealed class CallDeadline : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource? _linked;
    private readonly CancellationToken _caller;

    public CallDeadline(TimeSpan timeout, CancellationToken caller)
    {
        Timeout = timeout;
        Expires = DateTimeOffset.UtcNow + timeout;
        _caller = caller;
        _timer = new CancellationTokenSource(timeout);
        // Most service-to-service calls pass no caller token: then the timer alone is the token.
        if (caller.CanBeCanceled) _linked = CancellationTokenSource.CreateLinkedTokenSource(caller, _timer.Token);
    }

    public TimeSpan Timeout { get; }
    public DateTimeOffset Expires { get; }
    public CancellationToken Token => _linked?.Token ?? _timer.Token;
    public TimeSpan Remaining => Expires - DateTimeOffset.UtcNow;

    /// <summary>Turns a transport failure or a cancellation into the status the caller should see.</summary>
    public GrpcCallException Translate(Exception e, Uri target) => e switch
    {
        GrpcCallException status => status,
        OperationCanceledException when _timer.IsCancellationRequested && !_caller.IsCancellationRequested =>
            new GrpcCallException(GrpcStatusCode.DeadlineExceeded, $"No answer from {target} within {Timeout.TotalMilliseconds:0} ms."),
        OperationCanceledException => new GrpcCallException(GrpcStatusCode.Cancelled, "The caller cancelled the call."),
        HttpProtocolException { ErrorCode: 0x7 } => new GrpcCallException(GrpcStatusCode.Unavailable, $"{target} refused the stream."),
        HttpProtocolException { ErrorCode: 0x8 } => new GrpcCallException(GrpcStatusCode.Cancelled, $"{target} cancelled the stream."),
        HttpProtocolException protocol => new GrpcCallException(GrpcStatusCode.Internal, $"HTTP/2 error from {target}: {protocol.Message}"),
        HttpRequestException or IOException => new GrpcCallException(GrpcStatusCode.Unavailable, $"{target} is unreachable: {e.Message}"),
        _ => new GrpcCallException(GrpcStatusCode.Internal, $"The call to {target} failed: {e.Message}"),
    };

    public void Dispose()
    {
        _linked?.Dispose();
        _timer.Dispose();
    }
}
