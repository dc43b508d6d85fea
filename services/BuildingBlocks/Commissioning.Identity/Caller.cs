using System.Security.Claims;

namespace Commissioning.Identity;

/// <summary>The authenticated caller as the domain sees it: who, for which organisation, in which roles.</summary>
public sealed record Caller(string Subject, string Organisation, IReadOnlySet<string> Roles, IReadOnlySet<string> Partnerships)
{
    public static readonly Caller System = new("system", "system", new HashSet<string>(), new HashSet<string>());

    public bool IsIn(string role) => Roles.Contains(role);

    public static Caller From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return System;
        return new Caller(
            principal.FindFirstValue(CommissioningClaims.Subject) ?? "unknown",
            principal.FindFirstValue(CommissioningClaims.Organisation) ?? "unknown",
            principal.FindAll(CommissioningClaims.Role).Select(c => c.Value).ToHashSet(),
            principal.FindAll(CommissioningClaims.Partnership).Select(c => c.Value).ToHashSet());
    }
}
