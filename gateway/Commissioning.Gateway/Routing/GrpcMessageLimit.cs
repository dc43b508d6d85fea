using Commissioning.ServiceDefaults;

namespace Commissioning.Gateway.Routing;

/// <summary>
/// YARP lifts the body limit for gRPC, since a call may stream for as long as it lasts; but every request
/// our services take is one message (no method streams from the client), so the gateway holds a gRPC
/// request to one message of at most Limits:MaxGrpcMessageBytes plus its 5-byte frame header, the size
/// the services themselves accept. A declared length over it is refused before anything is forwarded; an
/// undeclared one is cut off when it passes the limit. Either way the caller hears RESOURCE_EXHAUSTED from
/// the gateway and, the fault being the caller's body, passive health never counts it against the service.
/// </summary>
public sealed class GrpcMessageLimit(RequestDelegate next, IConfiguration configuration)
{
    private const int FrameHeaderBytes = 5;
    private readonly long _limit = LimitOptions.From(configuration).MaxGrpcMessageBytes + FrameHeaderBytes;

    public Task InvokeAsync(HttpContext context)
    {
        if (!GrpcAnswers.IsGrpc(context.Request)) return next(context);
        if (context.Request.ContentLength > _limit) return GrpcAnswers.TooLarge(context, _limit - FrameHeaderBytes);
        context.Request.Body = new LimitedRequestBody(context.Request.Body, _limit, () =>
        {
            context.Items[typeof(GrpcMessageLimit)] = true;
            return new IOException($"The gRPC request is larger than {_limit} bytes.");
        });
        return next(context);
    }

    /// <summary>Whether the gateway cut this request's body off at the limit.</summary>
    public static bool CutOff(HttpContext context) => context.Items.ContainsKey(typeof(GrpcMessageLimit));
}
