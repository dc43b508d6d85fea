using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace Commissioning.Grpc;

/// <summary>
/// One call on the server: reads request frames and writes response frames. Once the call is
/// finished (status sent, or the deadline passed) a late write from the handler is refused, so a
/// handler that ignores cancellation can never corrupt the stream.
/// </summary>
internal sealed class ServerCall(HttpContext http, GrpcServerOptions options, GrpcCallContext context)
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private bool _finished;

    public GrpcCallContext Context { get; } = context;
    public bool MessageWritten { get; private set; }

    private string? Encoding => http.Request.Headers[GrpcProtocol.Encoding];

    /// <summary>The one request message of a unary or server-streaming call.</summary>
    public async Task<T> ReadSingle<T>(MessageParser<T> parser) where T : class, IMessage<T>
    {
        var reader = http.Request.BodyReader;
        var message = await MessageFraming.Read(reader, parser, options.MaxReceiveMessageSize, Encoding, Context.CancellationToken)
            ?? throw new GrpcCallException(GrpcStatusCode.Internal, "The request has no message.");
        if (await MessageFraming.Read(reader, parser, options.MaxReceiveMessageSize, Encoding, Context.CancellationToken) is not null)
            throw new GrpcCallException(GrpcStatusCode.Internal, "The request has more than one message for a single-message method.");
        return message;
    }

    public async IAsyncEnumerable<T> ReadAll<T>(MessageParser<T> parser) where T : class, IMessage<T>
    {
        while (await MessageFraming.Read(http.Request.BodyReader, parser, options.MaxReceiveMessageSize, Encoding, Context.CancellationToken)
               is { } message)
            yield return message;
    }

    /// <summary>Writes one message; <paramref name="flush"/> pushes it out now (streams) rather than with the trailers (unary).</summary>
    public async Task Write(IMessage message, bool flush)
    {
        await _writeGate.WaitAsync(Context.CancellationToken);
        try
        {
            if (_finished) throw new OperationCanceledException("The call has already finished.");
            MessageFraming.Write(http.Response.BodyWriter, message, options.MaxSendMessageSize);
            MessageWritten = true;
            if (flush) await http.Response.BodyWriter.FlushAsync(Context.CancellationToken);
        }
        finally { _writeGate.Release(); }
    }

    /// <summary>Stops further writes; false when a write is stuck (the peer stopped reading) and the stream must be reset.</summary>
    public bool Finish()
    {
        if (!_writeGate.Wait(0)) return false;
        _finished = true;
        _writeGate.Release();
        return true;
    }
}
