using Commissioning.Identity;
using Commissioning.ServiceDefaults;
using Microsoft.AspNetCore.Http;

namespace Commissioning.Persistence;

/// <summary>Who is changing the store right now, as the audit trail records it.</summary>
public interface IAuditActor
{
    Caller Caller { get; }
    string? CorrelationId { get; }
    /// <summary>An explicit authority for the current change (e.g. "Joint Commissioning Board 2018-03-12 item 6"); otherwise the caller's roles.</summary>
    string? Authority { get; set; }
}

/// <summary>The caller of the current HTTP or gRPC request; background work runs as <see cref="Caller.System"/>.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public Caller Caller => accessor.HttpContext is { } context ? Caller.From(context.User) : Caller.System;
    public string? CorrelationId => Commissioning.ServiceDefaults.CorrelationId.Of(accessor.HttpContext);
    public string? Authority { get; set; }
}
