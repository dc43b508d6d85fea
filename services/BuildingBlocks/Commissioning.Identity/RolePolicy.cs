using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Identity;

/// <summary>
/// What a caller may do, named from the domain ("approves-settlements"), with the roles that hold it and the
/// line of the source document that says who may (issue 14). A route requires it by name, so the rule it
/// enforces reads in the route, and each service's policy file is its table of who may do what.
/// </summary>
/// <param name="Name">What the holder may do, in the domain's words: the authorization policy's name.</param>
/// <param name="Roles">The roles that hold it; any one of them is enough.</param>
/// <param name="Source">The document line naming who may do it (e.g. "W:606-611"), where a document does.</param>
/// <param name="Refuses">Roles refused whatever else the caller holds (a provider user reads no pool).</param>
public sealed record RolePolicy(string Name, IReadOnlyList<string> Roles, string? Source = null,
    IReadOnlyList<string>? Refuses = null);

public static class RolePolicies
{
    /// <summary>
    /// Registers each policy under its name: the caller must be in one of its roles (as <c>RequireRole</c> on the
    /// route did) and hold none it refuses. A name may not shadow a role's own policy, and every role must be a
    /// platform role, so a typo fails at start-up rather than admitting no one.
    /// </summary>
    public static IServiceCollection AddCommissioningPolicies(this IServiceCollection services,
        params RolePolicy[] policies)
    {
        foreach (var policy in policies)
        {
            if (Roles.All.Contains(policy.Name))
                throw new ArgumentException($"Policy '{policy.Name}' is a role's name.", nameof(policies));
            if (policy.Roles.Count == 0 || policy.Roles.Concat(policy.Refuses ?? []).Any(r => !Roles.All.Contains(r)))
                throw new ArgumentException(
                    $"Policy '{policy.Name}' needs one or more platform roles.", nameof(policies));
        }
        if (policies.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"Policy '{twice.Key}' is declared twice.", nameof(policies));
        services.AddAuthorization(authorization =>
        {
            foreach (var policy in policies)
                authorization.AddPolicy(policy.Name, rule =>
                {
                    rule.RequireRole(policy.Roles);
                    if (policy.Refuses is { Count: > 0 } refused)
                        rule.RequireAssertion(c => !refused.Any(r => c.User.HasClaim(CommissioningClaims.Role, r)));
                });
        });
        return services;
    }

    /// <summary>The route (or group) admits only callers holding <paramref name="policy"/>.</summary>
    public static TBuilder RequireAuthorization<TBuilder>(this TBuilder builder, RolePolicy policy)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(policy.Name);
}
