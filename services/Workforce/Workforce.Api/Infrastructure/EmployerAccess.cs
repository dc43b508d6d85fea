using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;

namespace Workforce.Api.Infrastructure;

/// <summary>
/// Who acts for an employer (issue 17 §7): its HR officers manage its establishment and staff; its
/// commissioners read counts and costs, never personal data; a provider user sees nothing here. The
/// tenancy already hides another employer's records (404); this says which role, as which body, may act.
/// </summary>
public static class EmployerAccess
{
    /// <summary>Rule HrOfficerOfTheEmployer: only an HR officer whose organisation is the employer changes
    /// it.</summary>
    public static void RequireHrOfficerOf(ClaimsPrincipal user, string employerCode)
    {
        var caller = Caller.From(user);
        if (!caller.IsIn(Roles.HrOfficer) || !IsOf(caller, employerCode))
            throw WorkforceApiRules.OnlyTheEmployersHr.Broken("role",
                $"Only an HR officer of {employerCode} manages its staff.");
    }

    /// <summary>An employer is registered by one of its own HR officers, or by a platform administrator.</summary>
    public static void RequireRegistrarOf(ClaimsPrincipal user, string employerCode)
    {
        var caller = Caller.From(user);
        if (caller.IsIn(Roles.PlatformAdmin)) return;
        RequireHrOfficerOf(user, employerCode);
    }

    public static bool IsOf(Caller caller, string employerCode) =>
        string.Equals(caller.Organisation, employerCode, StringComparison.OrdinalIgnoreCase);
}
