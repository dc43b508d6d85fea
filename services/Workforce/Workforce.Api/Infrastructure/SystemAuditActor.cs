using Commissioning.Identity;
using Commissioning.Persistence;

namespace Workforce.Api.Infrastructure;

/// <summary>
/// Work the service does as the system, across tenancies (a transfer changes the transferor's records and the
/// transferee's establishment at once; the deadline worker reads every project), and says so in the audit:
/// the authority names who or what asked for it.
/// </summary>
public sealed class SystemAuditActor(string authority, string? correlationId = null) : IAuditActor
{
    public Caller Caller => Caller.System;
    public string? CorrelationId { get; } = correlationId;
    public string? Authority { get; set; } = authority;
}
