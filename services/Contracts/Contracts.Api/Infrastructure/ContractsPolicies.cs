using Commissioning.Identity;
using static Commissioning.Identity.Roles;

namespace Contracts.Api.Infrastructure;

/// <summary>
/// Who may do what in the contracts service (issue 14): the roles a route admits, by the rule's name. The
/// tenancy and the handlers then narrow the role to the right body (a party to the contract, the provider
/// itself, a provider admitted to the lot).
/// </summary>
public static class ContractsPolicies
{
    /// <summary>A commissioner awards a contract its own organisation is party to.</summary>
    public static readonly RolePolicy AwardsContracts = new("awards-contracts", [Commissioner]);

    /// <summary>The parties read their contracts and act on them; a provider user only its own.</summary>
    public static readonly RolePolicy ActsOnContracts = new("acts-on-contracts", [Commissioner, ProviderUser]);

    /// <summary>
    /// The commissioners party to a contract monitor it; its own provider submits KPI returns; both read it.
    /// </summary>
    public static readonly RolePolicy MonitorsContracts =
        new("monitors-contracts", [Commissioner, ProviderUser], "W WF-10, A §3.6");

    /// <summary>Due diligence before award is commissioning staff's only; the provider does not see it.</summary>
    public static readonly RolePolicy ChecksDueDiligence = new("checks-due-diligence", [Commissioner], "P:L805-817");

    /// <summary>Commissioners publish the framework and admit, exclude and reassess its members.</summary>
    public static readonly RolePolicy RunsTheFramework = new("runs-the-framework", [Commissioner], "W:414");

    /// <summary>Brokers read the framework they place under.</summary>
    public static readonly RolePolicy ReadsTheFramework = new("reads-the-framework", [Commissioner, Broker], "W:414");

    /// <summary>
    /// Commissioners register providers and record what the regulator and the council's processes say.
    /// </summary>
    public static readonly RolePolicy KeepsTheProviderRegister = new("keeps-the-provider-register", [Commissioner]);

    /// <summary>Brokers search the register.</summary>
    public static readonly RolePolicy SearchesTheProviderRegister =
        new("searches-the-provider-register", [Commissioner, Broker]);

    /// <summary>A provider user reads its own record; commissioners and brokers any.</summary>
    public static readonly RolePolicy ReadsAProvider = new("reads-a-provider", [Commissioner, Broker, ProviderUser]);

    /// <summary>A provider user declares its own capacity; a commissioner on its behalf.</summary>
    public static readonly RolePolicy DeclaresCapacity = new("declares-capacity", [Commissioner, ProviderUser]);

    /// <summary>
    /// Brokerage and verification ask who may be sent a placement request, at the segment's rate in force.
    /// </summary>
    public static readonly RolePolicy FindsEligibleProviders =
        new("finds-eligible-providers", [Broker, Commissioner, Verifier, SeniorVerifier], "P:L764");

    /// <summary>Commissioners publish and change rate cards (commissioner-neutral).</summary>
    public static readonly RolePolicy SetsRates = new("sets-rates", [Commissioner], "P:L764");

    /// <summary>
    /// Brokers and verifiers price against the rate cards; a provider user sees the rates of lots it is
    /// admitted to.
    /// </summary>
    public static readonly RolePolicy ReadsRates =
        new("reads-rates", [Commissioner, Broker, Verifier, SeniorVerifier, ProviderUser], "P:L764");

    public static readonly RolePolicy[] All =
    [
        AwardsContracts, ActsOnContracts, MonitorsContracts, ChecksDueDiligence, RunsTheFramework,
        ReadsTheFramework, KeepsTheProviderRegister, SearchesTheProviderRegister, ReadsAProvider, DeclaresCapacity,
        FindsEligibleProviders, SetsRates, ReadsRates,
    ];
}
