using Commissioning.ServiceDefaults;
using Yarp.ReverseProxy.Forwarder;

namespace Commissioning.Gateway.Routing;

/// <summary>
/// Turns what YARP could not forward into an answer the caller can read: an RFC 9457 problem for
/// REST, and for gRPC a trailers-only answer (HTTP 200, the status in the headers), which is what
/// gRPC clients understand. YARP has already chosen the HTTP status: 413 or 400 when the caller's
/// own body failed, 502 when the service cannot be reached, 503 when no destination is healthy,
/// 504 when the service did not answer in time. A gRPC body the gateway cut off at its message limit
/// (<see cref="GrpcMessageLimit"/>) is RESOURCE_EXHAUSTED.
/// </summary>
public sealed class ForwarderErrors(RequestDelegate next, IConfiguration configuration)
{
    private readonly LimitOptions _limits = LimitOptions.From(configuration);

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.Features.Get<IForwarderErrorFeature>() is null || context.Response.HasStarted) return;
        if (context.RequestAborted.IsCancellationRequested) return; // The caller went away: nobody to answer.
        var (title, detail) = Explain(context.Response.StatusCode);
        if (GrpcAnswers.IsGrpc(context.Request) && GrpcMessageLimit.CutOff(context))
            await GrpcAnswers.TooLarge(context, _limits.MaxGrpcMessageBytes);
        else if (GrpcAnswers.IsGrpc(context.Request))
            GrpcAnswers.Trailers(context, GrpcStatus(context.Response.StatusCode), detail);
        else
            await Problems.Write(context, context.Response.StatusCode, title, detail,
                context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge ? "body" : null);
    }

    /// <summary>
    /// A 413 is the REST body limit's: ServiceDefaults keeps it in Kestrel's place and lifts Kestrel's for the
    /// request (so that the rest of the body is drained, not reset), so the limit said is the configured one.
    /// </summary>
    private (string Title, string Detail) Explain(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => ("The request body is too large.",
            $"The gateway accepts request bodies of at most {_limits.MaxRequestBodyBytes} bytes."),
        StatusCodes.Status400BadRequest or StatusCodes.Status408RequestTimeout =>
            ("The request body could not be read.", "The request body ended early or arrived too slowly."),
        StatusCodes.Status503ServiceUnavailable =>
            ("Service unavailable.", "No instance of the service is healthy; retry shortly."),
        StatusCodes.Status504GatewayTimeout => ("Gateway timeout.", "The service did not answer in time."),
        _ => ("Bad gateway.", "The service cannot be reached."),
    };

    /// <summary>A gRPC caller retries UNAVAILABLE where its method allows; a timeout is a deadline passed.</summary>
    private static Grpc.Core.StatusCode GrpcStatus(int httpStatus) => httpStatus == StatusCodes.Status504GatewayTimeout
        ? Grpc.Core.StatusCode.DeadlineExceeded
        : Grpc.Core.StatusCode.Unavailable;
}
