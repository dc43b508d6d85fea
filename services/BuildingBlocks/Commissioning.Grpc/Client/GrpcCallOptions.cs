namespace Commissioning.Grpc;

/// <param name="Deadline">How long the caller waits, retries included; the target's default when null.</param>
/// <param name="Headers">Extra request metadata (an explicit "authorization" wins over the forwarded one).</param>
public sealed record GrpcCallOptions(
    TimeSpan? Deadline = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    CancellationToken CancellationToken = default);
