using Commissioning.Domain;
using Contracts.Domain.Agreements;
using Contracts.Domain.Framework;
using Contracts.Domain.Monitoring;
using Contracts.Domain.Providers;
using Contracts.Domain.RateCards;

namespace Contracts.Domain.Access;

/// <summary>
/// Who may do what in the contracts service, within what the caller's organisation is party to (the
/// store admits nothing else: ARCHITECTURE.md "Tenancy and access"). Commissioners see every contract,
/// rate and review they are admitted to (one commissioning gateway, W:414) but change only contracts
/// their own organisation is party to, since each keeps its accountability (P:L286). A provider sees only its own
/// contracts and reviews, the rates of lots it is admitted
/// to, and submits only its own KPI returns; it never changes a contract or records a review.
/// </summary>
public static class ContractsAccessPolicy
{
    public static bool CanAwardContracts(Caller caller) => caller.IsCommissioner;

    public static bool CanView(Caller caller, CommissioningContract contract) =>
        caller.IsCommissioner || caller.IsProviderOf(contract.ProviderOdsCode);

    /// <summary>Vary, extend, novate, serve notice and record reviews of this contract.</summary>
    public static bool CanManage(Caller caller, CommissioningContract contract) =>
        caller.IsCommissioner && contract.Commissioners.Contains(caller.OrganisationCode.Trim().ToUpperInvariant());

    /// <summary>Either side may end a contract: a commissioner party to it, or its provider.</summary>
    public static bool CanServeNotice(Caller caller, CommissioningContract contract) =>
        CanManage(caller, contract) || caller.IsProviderOf(contract.ProviderOdsCode);

    /// <summary>Capacity is the provider's own declaration; commissioners may correct it from market intelligence.</summary>
    public static bool CanDeclareCapacity(Caller caller, Provider provider) =>
        caller.IsCommissioner || caller.IsProviderOf(provider.OdsCode);

    public static bool CanView(Caller caller, ContractMonitoring monitoring) =>
        caller.IsCommissioner || caller.IsProviderOf(monitoring.ProviderOdsCode);

    public static bool CanSubmitKpiReturn(Caller caller, ContractMonitoring monitoring) => caller.IsProviderOf(monitoring.ProviderOdsCode);

    public static bool CanView(Caller caller, RateCard card, ProviderFramework framework) =>
        caller.IsCommissioner || (caller.IsProvider && framework.IsAdmitted(caller.OrganisationCode.Trim().ToUpperInvariant(), card.Segment));

    /// <summary>Turns a refused check into the Forbidden violation the edges answer with 403 / PERMISSION_DENIED.</summary>
    public static void Demand(bool allowed, string field, string action)
    {
        if (!allowed) throw AccessRules.CommissionerOrTheProvider.Broken(field, $"The caller may not {action}.");
    }
}
