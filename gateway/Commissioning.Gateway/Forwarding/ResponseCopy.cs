using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace Commissioning.Gateway.Forwarding;

/// <summary>Streams the backend's answer to the caller chunk by chunk, trailers included (gRPC's status lives there).</summary>
internal static class ResponseCopy
{
    public static async Task Write(HttpContext context, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            if (!HopByHop.Drops(name)) context.Response.Headers[name] = values.ToArray();
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var read = await body.ReadAsync(buffer, cancellationToken);
            while (read > 0)
            {
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                // Flush only when the backend makes us wait: a stream's messages reach the caller as they
                // come, and a short answer leaves in one write with its trailers.
                var next = body.ReadAsync(buffer, cancellationToken);
                if (!next.IsCompleted) await context.Response.Body.FlushAsync(cancellationToken);
                read = await next;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (response.TrailingHeaders.Any() && context.Response.SupportsTrailers())
            foreach (var (name, values) in response.TrailingHeaders)
                context.Response.AppendTrailer(name, values.ToArray());
    }
}
