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
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            await context.Response.Body.FlushAsync(cancellationToken);
        }
        if (response.TrailingHeaders.Any() && context.Response.SupportsTrailers())
            foreach (var (name, values) in response.TrailingHeaders)
                context.Response.AppendTrailer(name, values.ToArray());
    }
}
