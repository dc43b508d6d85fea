using Grpc.Core;

namespace Commissioning.Gateway.Routing;

/// <summary>
/// The gateway's own answers to gRPC callers: trailers-only (HTTP 200, the status in the headers), which is
/// what gRPC clients read when no message follows.
/// </summary>
public static class GrpcAnswers
{
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;

    public static Task TooLarge(HttpContext context, long maxMessageBytes)
    {
        Trailers(context, StatusCode.ResourceExhausted,
            $"The gateway accepts gRPC messages of at most {maxMessageBytes} bytes.");
        return Task.CompletedTask;
    }

    public static void Trailers(HttpContext context, StatusCode status, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)status).ToString();
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(detail);
    }
}
