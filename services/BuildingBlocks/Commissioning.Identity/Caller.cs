using System.Security.Claims;

namespace Commissioning.Identity;

/// <summary>The authenticated caller as the domain sees it: who, for which organisation, in which roles.</summary>
public sealed record Caller(string Subject, string Organisation, IReadOnlySet<string> Roles, IReadOnlySet<string> Partnerships)
{
    public static readonly Caller System = new("system", "system", new HashSet<string>(), new HashSet<string>());

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>The scheme of Dapr's app-token authentication (Dapr.AspNetCore): the sidecar delivering an event.</summary>
    public const string SidecarScheme = "Dapr";

    /// <summary>
    /// The caller of a request. An event delivered by the sidecar (proved by its app token) is handled as the
    /// system, as background work is: the event's own data names the records it concerns, and the user whose
    /// change raised it was checked by the service that published it.
    /// </summary>
    public static Caller From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return System;
        if (principal.Identities.All(i => i.AuthenticationType == SidecarScheme)) return System;
        return new Caller(
            principal.FindFirstValue(CommissioningClaims.Subject) ?? "unknown",
            principal.FindFirstValue(CommissioningClaims.Organisation) ?? "unknown",
            principal.FindAll(CommissioningClaims.Role).Select(c => c.Value).ToHashSet(),
            principal.FindAll(CommissioningClaims.Partnership).Select(c => c.Value).ToHashSet());
    }
}
