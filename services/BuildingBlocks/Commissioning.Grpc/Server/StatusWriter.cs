using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Commissioning.Grpc;

/// <summary>
/// Ends a call with a status: in the trailers after response messages, or as a Trailers-Only
/// response (status in the headers, no body) when nothing has been sent.
/// </summary>
internal static class StatusWriter
{
    public static void Write(HttpResponse response, bool messageWritten, GrpcStatusCode code, string? message,
        Google.Rpc.Status? details = null)
    {
        var trailersOnly = !messageWritten && !response.HasStarted;
        Action<string, StringValues> add = trailersOnly
            ? (name, value) => response.Headers[name] = value
            : response.AppendTrailer;
        add(GrpcProtocol.Status, ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(message)) add(GrpcProtocol.Message, StatusHeaders.EncodeMessage(message));
        if (details is not null) add(GrpcProtocol.StatusDetails, StatusHeaders.EncodeDetails(details));
    }

    public static void Write(HttpResponse response, bool messageWritten, GrpcCallException error) =>
        Write(response, messageWritten, error.StatusCode, error.Detail, error.Details);
}
