using System.Diagnostics;
using Commissioning.Gateway.Routing;
using Commissioning.ServiceDefaults;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Commissioning.Gateway.Forwarding;

/// <summary>Builds the backend request from the caller's: same method, transformed path, streamed body.</summary>
internal static class RequestCopy
{
    public static HttpRequestMessage Build(HttpContext context, ProxyTarget target, Uri destination)
    {
        var path = PathTransform.Apply(target.Route.Transforms, context.Request.Path.Value ?? "/");
        var address = destination.GetLeftPart(UriPartial.Authority) + destination.AbsolutePath.TrimEnd('/') + path + context.Request.QueryString;
        var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), address)
        {
            Version = target.Cluster.Version,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
            request.Content = new StreamContent(context.Request.Body, 64 * 1024);
        foreach (var (name, values) in context.Request.Headers)
        {
            if (HopByHop.Drops(name) || IsTraceHeader(name)) continue;
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
        }
        // gRPC needs "TE: trailers" end to end; every other TE value is hop-by-hop.
        if (context.Request.Headers.TE.Any(v => v?.Contains("trailers", StringComparison.OrdinalIgnoreCase) == true))
            request.Headers.TryAddWithoutValidation("TE", "trailers");
        AddForwarded(context, request);
        return request;
    }

    private static void AddForwarded(HttpContext context, HttpRequestMessage request)
    {
        var remote = context.Connection.RemoteIpAddress?.ToString();
        var forwardedFor = StringValues.Concat(context.Request.Headers["X-Forwarded-For"], remote ?? StringValues.Empty);
        request.Headers.Remove("X-Forwarded-For");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", string.Join(", ", forwardedFor.ToArray()));
        request.Headers.Remove("X-Forwarded-Proto");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", context.Request.Scheme);
        request.Headers.Remove("X-Forwarded-Host");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", context.Request.Host.Value);
        request.Headers.Remove(CorrelationId.Header);
        request.Headers.TryAddWithoutValidation(CorrelationId.Header, CorrelationId.Of(context));
        request.Headers.TryAddWithoutValidation("traceparent", TraceParent(context));
        if (Activity.Current?.TraceStateString is { Length: > 0 } state) request.Headers.TryAddWithoutValidation("tracestate", state);
    }

    /// <summary>The gateway's own span continues the caller's trace; with no span, the caller's header passes as it came.</summary>
    private static string TraceParent(HttpContext context) =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id!
        : context.Request.Headers["traceparent"].FirstOrDefault()
          ?? $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01";

    private static bool IsTraceHeader(string name) =>
        name.Equals("traceparent", StringComparison.OrdinalIgnoreCase) || name.Equals("tracestate", StringComparison.OrdinalIgnoreCase);
}
