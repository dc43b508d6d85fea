namespace Commissioning.Gateway.Idempotency;

/// <summary>
/// What the gateway keeps for one Idempotency-Key: the hash of the request it was first used with,
/// the roles of the caller who sent it and, once answered, the answer to replay. <see cref="Status"/>
/// is 0 while the first request is in flight.
/// </summary>
public sealed record IdempotencyRecord(string RequestHash, string? Roles, int Status = 0, string? ContentType = null,
    string? Location = null, string? Body = null)
{
    public bool InFlight => Status == 0;
}
