using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Commissioning.Grpc;

/// <summary>
/// Sends the bearer token of the request being handled on every call, so the target authorises the
/// original caller, not this service. A call that names its own "authorization" keeps it.
/// </summary>
public sealed class CallerTokenInterceptor(IHttpContextAccessor accessor) : CallContextInterceptor
{
    protected override CallOptions Adjust(CallOptions options)
    {
        if (accessor.HttpContext?.Request.Headers.Authorization.ToString() is not { Length: > 0 } token) return options;
        if (options.Headers?.Get("authorization") is not null) return options;
        var headers = new Metadata();
        foreach (var entry in options.Headers ?? []) headers.Add(entry);
        headers.Add("authorization", token);
        return options.WithHeaders(headers);
    }
}
