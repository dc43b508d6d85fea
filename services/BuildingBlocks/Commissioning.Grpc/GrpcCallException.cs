using Google.Rpc;

namespace Commissioning.Grpc;

/// <summary>
/// A call ended with a non-OK status. Clients throw it with what the server sent (status, message,
/// and the google.rpc.Status from grpc-status-details-bin); handlers throw it to end a call with a
/// status of their choosing.
/// </summary>
public sealed class GrpcCallException(GrpcStatusCode statusCode, string detail, Status? details = null)
    : Exception($"gRPC {statusCode}: {detail}")
{
    public GrpcStatusCode StatusCode { get; } = statusCode;
    public string Detail { get; } = detail;
    /// <summary>The rich error model, when the peer sent one.</summary>
    public Status? Details { get; } = details;

    /// <summary>The field violations of a google.rpc.BadRequest in <see cref="Details"/>, if any.</summary>
    public IReadOnlyList<BadRequest.Types.FieldViolation> FieldViolations => Details?.Details
        .Where(any => any.Is(BadRequest.Descriptor))
        .SelectMany(any => any.Unpack<BadRequest>().FieldViolations)
        .ToList() ?? [];
}
