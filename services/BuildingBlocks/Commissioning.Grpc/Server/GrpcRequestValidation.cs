using System.Buffers.Binary;
using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Commissioning.Grpc;

/// <summary>
/// A gRPC request whose body is not one whole message of its method's request type is refused with
/// INVALID_ARGUMENT before the method runs. Grpc.AspNetCore reads the message before any interceptor sees the
/// call, and answers a frame cut short with INTERNAL ("Incomplete message.") and bytes its parser refuses with
/// UNKNOWN ("Exception was thrown by handler."): statuses that say the server failed, when the caller's input did.
/// Every method of ours takes exactly one message (none streams from the client), so the body is read here, at
/// most the message limit and its 5-byte frame header, checked as one uncompressed frame and parsed as the
/// method's request, then given back for Grpc.AspNetCore to read. It runs first in the pipeline (a startup
/// filter), so a malformed call is refused before its token is looked at; the refusal says nothing but that.
/// </summary>
internal sealed class GrpcRequestValidation(IReadOnlyDictionary<string, MessageDescriptor> requests,
    int maxMessageBytes) : IStartupFilter
{
    private const int FrameHeader = 5;

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
        // Grpc.AspNetCore lifts the body limit for its calls too; the read below stops at the message limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = null;
        var body = await ReadUpTo(context.Request.Body, FrameHeader + maxMessageBytes, context.RequestAborted);
        if (body is null)
            await Refuse(context, StatusCode.ResourceExhausted,
                $"The request message is larger than {maxMessageBytes} bytes.");
        else if (Fault(body, type) is { } fault) await Refuse(context, StatusCode.InvalidArgument, fault);
        else
        {
            context.Request.Body = new MemoryStream(body, writable: false);
            await call(context);
        }
    }

    /// <summary>What is wrong with the body as one frame of <paramref name="type"/>, or null when nothing is.</summary>
    private static string? Fault(byte[] body, MessageDescriptor type)
    {
        if (body.Length < FrameHeader) return "The request holds no whole message.";
        if (body[0] != 0) return "The request message is marked compressed, but no encoding is named.";
        var length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1));
        if (FrameHeader + (long)length != body.Length)
            return FrameHeader + (long)length > body.Length
                ? "The request message is cut short." : "The request holds more than one message.";
        try
        {
            type.Parser.ParseFrom(body.AsSpan(FrameHeader));
            return null;
        }
        catch (InvalidProtocolBufferException)
        {
            return "The request message is not a valid encoding of this method's request.";
        }
    }

    /// <summary>The whole body, or null when it is longer than <paramref name="most"/> bytes.</summary>
    private static async Task<byte[]?> ReadUpTo(Stream body, int most, CancellationToken cancellation)
    {
        using var read = new MemoryStream();
        var buffer = new byte[16 * 1024];
        for (int count; (count = await body.ReadAsync(buffer, cancellation)) > 0;)
        {
            if (read.Length + count > most) return null;
            read.Write(buffer, 0, count);
        }
        return read.ToArray();
    }

    /// <summary>A trailers-only answer: HTTP 200 with the status in the headers, as gRPC clients expect.</summary>
    private static Task Refuse(HttpContext context, StatusCode status, string message)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)status).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return Task.CompletedTask;
    }
}
