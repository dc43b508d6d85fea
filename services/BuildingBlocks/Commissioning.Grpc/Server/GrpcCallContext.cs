using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Commissioning.Grpc;

/// <summary>What a handler knows about the call besides the request message.</summary>
public sealed class GrpcCallContext
{
    internal GrpcCallContext(HttpContext httpContext, string method, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        HttpContext = httpContext;
        Method = method;
        Deadline = deadline;
        CancellationToken = cancellationToken;
    }

    /// <summary>"/package.Service/Method".</summary>
    public string Method { get; }

    /// <summary>When the caller stops waiting; null when it sent no grpc-timeout.</summary>
    public DateTimeOffset? Deadline { get; }

    /// <summary>Cancelled when the deadline passes or the caller goes away.</summary>
    public CancellationToken CancellationToken { get; }

    public HttpContext HttpContext { get; }

    /// <summary>The authenticated caller (anonymous on methods that allow it).</summary>
    public ClaimsPrincipal User => HttpContext.User;

    /// <summary>Request metadata (HTTP/2 headers); "-bin" keys are base64 as sent.</summary>
    public IHeaderDictionary RequestHeaders => HttpContext.Request.Headers;

    /// <summary>The caller's bearer token header, to forward to the services this call depends on.</summary>
    public string? Authorization => Header("authorization");

    /// <summary>The W3C trace context of the caller.</summary>
    public string? TraceParent => Header(GrpcProtocol.TraceParent);

    private string? Header(string name) => HttpContext.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;
}
