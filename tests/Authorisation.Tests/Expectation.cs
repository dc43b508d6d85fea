using System.Net;
using Commissioning.Identity;

namespace Authorisation.Tests;

/// <summary>What the rules answer a caller (ARCHITECTURE.md "Tenancy and access").</summary>
public enum Answer
{
    /// <summary>401: no token.</summary>
    Unauthenticated,
    /// <summary>403: a role the rule does not name (decided before any record is looked at, so nothing leaks).</summary>
    WrongRole,
    /// <summary>404: a record of a tenancy the caller is not party to, answered as if it did not exist.</summary>
    OtherTenancy,
    /// <summary>Let through to the route's own rules: its answer is the route's, never one of the three above.</summary>
    Admitted,
}

public static class Expectation
{
    /// <param name="providersSeeNothing">True in pooled finance, where a provider user is refused whatever else it holds.</param>
    public static Answer Of(CallerKind caller, Rule rule, bool partyToTenancy, bool providersSeeNothing = false)
    {
        var roles = caller.RolesFor(rule);
        if (caller.Organisation is null) return Answer.Unauthenticated;
        if (providersSeeNothing && roles.Contains(Roles.ProviderUser)) return Answer.WrongRole;
        if (!roles.Any(rule.Roles.Contains)) return Answer.WrongRole;
        if (roles.Contains(Roles.PlatformAdmin) && rule.Roles.Contains(Roles.PlatformAdmin)) return Answer.Admitted;
        return rule.Scope == Scope.Tenanted && !partyToTenancy ? Answer.OtherTenancy : Answer.Admitted;
    }

    /// <summary>Whether <paramref name="status"/> is <paramref name="answer"/>; a child record the demo lacks may be 404 by its own name.</summary>
    public static bool Holds(Answer answer, HttpStatusCode status, string body, string? absentChild) => answer switch
    {
        Answer.Unauthenticated => status == HttpStatusCode.Unauthorized,
        Answer.WrongRole => status == HttpStatusCode.Forbidden,
        Answer.OtherTenancy => status == HttpStatusCode.NotFound,
        _ => (int)status < 500 && status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            && (status != HttpStatusCode.NotFound || absentChild is not null && body.Contains($"\"{absentChild}\"", StringComparison.Ordinal)),
    };
}
