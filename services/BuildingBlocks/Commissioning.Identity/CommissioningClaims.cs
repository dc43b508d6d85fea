namespace Commissioning.Identity;

/// <summary>The claims a partner's token carries. Names are short JWT names, not WS-Fed URIs.</summary>
public static class CommissioningClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    /// <summary>The caller's organisation: an ODS code for NHS bodies (e.g. "27D"), a GSS code for councils (e.g. "E08000015"), or a provider code.</summary>
    public const string Organisation = "org";
    /// <summary>"nhs", "council" or "provider": says which code system <see cref="Organisation"/> uses.</summary>
    public const string OrganisationKind = "org_kind";
    public const string Role = "role";
    /// <summary>The partnerships (Section 75 arrangements) the caller acts within; repeated.</summary>
    public const string Partnership = "partnership";
}

/// <summary>The platform's roles. Each is also an authorization policy of the same name.</summary>
public static class Roles
{
    public const string Commissioner = "commissioner";
    public const string FinanceOfficer = "finance-officer";
    public const string PoolManager = "pool-manager";
    public const string Verifier = "verifier";
    public const string SeniorVerifier = "senior-verifier";
    public const string Broker = "broker";
    public const string HrOfficer = "hr-officer";
    public const string ProviderUser = "provider-user";
    public const string ReturnsOfficer = "returns-officer";
    public const string Auditor = "auditor";
    /// <summary>
    /// Holds a partner body's delegated authority to approve joint decisions on its behalf (a year-end
    /// settlement): a director of finance or a board member, not the pool manager who ran it.
    /// </summary>
    public const string Approver = "approver";
    public const string PlatformAdmin = "platform-admin";

    public static readonly IReadOnlyList<string> All =
    [
        Commissioner, FinanceOfficer, PoolManager, Verifier, SeniorVerifier, Broker, HrOfficer,
        ProviderUser, ReturnsOfficer, Auditor, Approver, PlatformAdmin,
    ];
}
