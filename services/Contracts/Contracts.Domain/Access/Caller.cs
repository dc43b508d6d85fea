namespace Contracts.Domain.Access;

/// <summary>The roles the gateway's tokens carry for this service.</summary>
public static class ContractsRoles
{
    /// <summary>Commissioning staff of a partner (council, CCG/ICB).</summary>
    public const string Commissioner = "commissioner";
    /// <summary>Staff of a provider organisation; the platform's tokens spell the role "provider-user".</summary>
    public const string Provider = "provider-user";
}

/// <summary>Who is asking: the organisation (ODS code) the token names and the roles it grants.</summary>
public sealed record Caller(string OrganisationCode, IReadOnlySet<string> Roles)
{
    public bool IsCommissioner => Roles.Contains(ContractsRoles.Commissioner);
    public bool IsProvider => Roles.Contains(ContractsRoles.Provider);

    public bool IsProviderOf(string providerOdsCode) =>
        IsProvider && string.Equals(OrganisationCode.Trim(), providerOdsCode, StringComparison.OrdinalIgnoreCase);
}
