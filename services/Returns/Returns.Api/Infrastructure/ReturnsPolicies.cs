using Commissioning.Identity;
using static Commissioning.Identity.Roles;

namespace Returns.Api.Infrastructure;

/// <summary>
/// Who may do what in the returns service (issue 14): the roles a route admits, by the rule's name. Reading a
/// return needs only an authenticated caller of its council (or an auditor); the council tenancy hides others'.
/// </summary>
public static class ReturnsPolicies
{
    /// <summary>
    /// Only the council's returns officer opens a return and takes it through its lifecycle (collect,
    /// validate, sign off, submit, resubmit); a provider user never (issue 18 cap. 7).
    /// </summary>
    public static readonly RolePolicy ActsOnReturns = new("acts-on-returns", [ReturnsOfficer]);

    /// <summary>A platform administrator rebuilds the CLD read model from the archive (issue 18 cap. 1).</summary>
    public static readonly RolePolicy RebuildsReadModels = new("rebuilds-read-models", [PlatformAdmin]);

    public static readonly RolePolicy[] All = [ActsOnReturns, RebuildsReadModels];
}
