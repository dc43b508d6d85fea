using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Commissioning.Grpc;

/// <summary>
/// Carries the current caller onto an outgoing call: the bearer token of the request being
/// handled (so the target authorises the original caller, not this service) and the W3C trace
/// context (from the current Activity, else as the caller sent it).
/// </summary>
internal sealed class CallerPropagation(IHttpContextAccessor? accessor, bool forwardToken)
{
    public void Apply(HttpRequestMessage request, GrpcCallOptions options)
    {
        foreach (var (name, value) in options.Headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        var incoming = accessor?.HttpContext?.Request.Headers;
        if (forwardToken && !request.Headers.Contains("authorization") && incoming?["authorization"].ToString() is { Length: > 0 } token)
            request.Headers.TryAddWithoutValidation("authorization", token);
        if (request.Headers.Contains(GrpcProtocol.TraceParent)) return;
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            request.Headers.TryAddWithoutValidation(GrpcProtocol.TraceParent, activity.Id);
            if (activity.TraceStateString is { Length: > 0 } state) request.Headers.TryAddWithoutValidation(GrpcProtocol.TraceState, state);
        }
        else if (incoming?[GrpcProtocol.TraceParent].ToString() is { Length: > 0 } traceParent)
        {
            request.Headers.TryAddWithoutValidation(GrpcProtocol.TraceParent, traceParent);
            if (incoming[GrpcProtocol.TraceState].ToString() is { Length: > 0 } state) request.Headers.TryAddWithoutValidation(GrpcProtocol.TraceState, state);
        }
    }
}
