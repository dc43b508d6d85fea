using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Commissioning.Grpc;

/// <summary>Reads the call's status from a response: HTTP status, Trailers-Only headers, or trailers.</summary>
internal static class ResponseStatus
{
    /// <summary>A status known before the body is read, or null when messages follow.</summary>
    public static GrpcCallException? FromHeaders(HttpResponseMessage response)
    {
        var status = Read(response.Headers);
        if (response.StatusCode != HttpStatusCode.OK)
            return status ?? new GrpcCallException(FromHttp(response.StatusCode), $"HTTP status {(int)response.StatusCode} from the server.");
        if (!GrpcProtocol.IsGrpcContentType(response.Content.Headers.ContentType?.MediaType))
            return new GrpcCallException(GrpcStatusCode.Unknown, $"The response content type '{response.Content.Headers.ContentType}' is not gRPC.");
        return status;
    }

    public static GrpcCallException FromTrailers(HttpResponseMessage response) =>
        Read(response.TrailingHeaders) ?? new GrpcCallException(GrpcStatusCode.Unknown, "The response ended without a grpc-status.");

    private static GrpcCallException? Read(HttpHeaders headers)
    {
        if (!headers.TryGetValues(GrpcProtocol.Status, out var values)) return null;
        var code = int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (GrpcStatusCode)number : GrpcStatusCode.Unknown;
        var message = headers.TryGetValues(GrpcProtocol.Message, out var m) ? StatusHeaders.DecodeMessage(m.FirstOrDefault()) : "";
        var details = headers.TryGetValues(GrpcProtocol.StatusDetails, out var d) ? StatusHeaders.DecodeDetails(d.FirstOrDefault()) : null;
        return new GrpcCallException(code, message, details);
    }

    /// <summary>grpc/doc/http-grpc-status-mapping.md.</summary>
    private static GrpcStatusCode FromHttp(HttpStatusCode status) => (int)status switch
    {
        400 => GrpcStatusCode.Internal,
        401 => GrpcStatusCode.Unauthenticated,
        403 => GrpcStatusCode.PermissionDenied,
        404 => GrpcStatusCode.Unimplemented,
        429 or 502 or 503 or 504 => GrpcStatusCode.Unavailable,
        _ => GrpcStatusCode.Unknown,
    };
}
