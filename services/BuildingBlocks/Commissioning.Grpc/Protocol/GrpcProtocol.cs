using System.Net.Http.Headers;

namespace Commissioning.Grpc;

/// <summary>Names and rules from grpc/doc/PROTOCOL-HTTP2.md.</summary>
internal static class GrpcProtocol
{
    public const string ContentType = "application/grpc";
    public const string Status = "grpc-status";
    public const string Message = "grpc-message";
    public const string StatusDetails = "grpc-status-details-bin";
    public const string Timeout = "grpc-timeout";
    public const string Encoding = "grpc-encoding";
    public const string AcceptEncoding = "grpc-accept-encoding";
    public const string SupportedEncodings = "identity,gzip";
    public const string TraceParent = "traceparent";
    public const string TraceState = "tracestate";

    /// <summary>
    /// "application/grpc" and "application/grpc+proto", with or without parameters. Other
    /// sub-types (e.g. +json) are a different codec we do not speak.
    /// </summary>
    public static bool IsSupportedContentType(string? contentType)
    {
        if (contentType == ContentType) return true;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)) return false;
        return string.Equals(parsed.MediaType, ContentType, StringComparison.OrdinalIgnoreCase)
            || string.Equals(parsed.MediaType, ContentType + "+proto", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsGrpcContentType(string? contentType) =>
        contentType is not null && contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase);

    public static bool IsIdentity(string? encoding) => string.IsNullOrEmpty(encoding) || encoding == "identity";
}
