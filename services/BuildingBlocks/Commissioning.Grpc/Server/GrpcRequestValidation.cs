using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Pipelines;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Grpc;

/// <summary>
/// A gRPC request whose body is not one whole message of its method's request type is refused with
/// INVALID_ARGUMENT before the method runs. Grpc.AspNetCore reads the message before any interceptor sees the
/// call, and answers a frame cut short with INTERNAL ("Incomplete message.") and bytes its parser refuses with
/// UNKNOWN ("Exception was thrown by handler."): statuses that say the server failed, when the caller's input did.
/// Every method of ours takes exactly one message (none streams from the client), so the body is read here, at
/// most the message limit and its 5-byte frame header, checked as one uncompressed frame and parsed as the
/// method's request, then given back for Grpc.AspNetCore to read. It runs first in the pipeline (a startup
/// filter), so a malformed call is refused before the method's authorisation; a caller without a valid token is told
/// UNAUTHENTICATED instead, as it would be of a sound call (the token is looked at only when the body is refused).
/// </summary>
internal sealed class GrpcRequestValidation(IReadOnlyDictionary<string, MessageDescriptor> requests,
    int maxMessageBytes) : IStartupFilter
{
    private const int FrameHeader = 5;
    private const int LookedAtBytes = 64 * 1024;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, call) =>
        {
            if (RequestOf(context) is { } type) await Checked(context, type, call);
            else await call(context);
        });
        next(app);
    };

    private MessageDescriptor? RequestOf(HttpContext context) =>
        context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true
        && !context.Request.Headers.ContainsKey("grpc-encoding")
        && requests.TryGetValue(context.Request.Path.Value ?? "", out var type)
            ? type
            : null;

    private async Task Checked(HttpContext context, MessageDescriptor type, RequestDelegate call)
    {
        // Grpc.AspNetCore lifts the body limit for its calls too; the reads below stop at the message limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = null;
        var reader = context.Request.BodyReader;
        var read = await reader.ReadAsync(context.RequestAborted);
        // A small body is only looked at: examined, not consumed, it stays in the pipe for Grpc.AspNetCore to read,
        // with nothing copied. A larger one is copied out, since Kestrel grants the sender more of the stream's
        // flow-control window only as bytes are consumed, and a message may be larger than the window.
        while (!read.IsCompleted && read.Buffer.Length <= LookedAtBytes)
        {
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            read = await reader.ReadAsync(context.RequestAborted);
        }
        if (read.IsCompleted)
        {
            var fault = Fault(read.Buffer, type);
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            await (fault is null ? call(context) : Refuse(context, fault.Value));
            return;
        }
        var body = await CopiedUpToLimit(reader, read, context.RequestAborted);
        if (body is null) await Refuse(context, TooLarge);
        else if (Fault(new ReadOnlySequence<byte>(body), type) is { } fault) await Refuse(context, fault);
        else
        {
            context.Request.Body = new MemoryStream(body, writable: false);
            await call(context);
        }
    }

    private (StatusCode, string) TooLarge =>
        (StatusCode.ResourceExhausted, $"The request message is larger than {maxMessageBytes} bytes.");

    /// <summary>What is wrong with the body as one frame of <paramref name="type"/>, or null when nothing is.</summary>
    private (StatusCode, string)? Fault(ReadOnlySequence<byte> body, MessageDescriptor type)
    {
        if (body.Length > FrameHeader + (long)maxMessageBytes) return TooLarge;
        if (body.Length < FrameHeader) return Invalid("The request holds no whole message.");
        Span<byte> header = stackalloc byte[FrameHeader];
        body.Slice(0, FrameHeader).CopyTo(header);
        if (header[0] != 0) return Invalid("The request message is marked compressed, but no encoding is named.");
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (FrameHeader + (long)length != body.Length)
            return Invalid(FrameHeader + (long)length > body.Length
                ? "The request message is cut short." : "The request holds more than one message.");
        try
        {
            type.Parser.ParseFrom(body.Slice(FrameHeader));
            return null;
        }
        catch (InvalidProtocolBufferException)
        {
            return Invalid("The request message is not a valid encoding of this method's request.");
        }
    }

    private static (StatusCode, string) Invalid(string message) => (StatusCode.InvalidArgument, message);

    /// <summary>The whole body, consumed from the pipe, or null when it is longer than the message limit.</summary>
    private async Task<byte[]?> CopiedUpToLimit(PipeReader reader, ReadResult read, CancellationToken cancellation)
    {
        using var copy = new MemoryStream();
        while (true)
        {
            if (copy.Length + read.Buffer.Length > FrameHeader + (long)maxMessageBytes) return null;
            foreach (var segment in read.Buffer) copy.Write(segment.Span);
            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted) return copy.ToArray();
            read = await reader.ReadAsync(cancellation);
        }
    }

    /// <summary>
    /// A trailers-only answer: HTTP 200 with the status in the headers, as gRPC clients expect; UNAUTHENTICATED to a
    /// caller whose token does not authenticate (every method of ours needs one).
    /// </summary>
    private static async Task Refuse(HttpContext context, (StatusCode Status, string Message) refusal)
    {
        var authenticates = context.RequestServices.GetService<IAuthenticationService>() is null
            || (await context.AuthenticateAsync()).Succeeded;
        var (status, message) = authenticates
            ? refusal : (StatusCode.Unauthenticated, "The call needs a valid bearer token.");
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)status).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
    }
}
