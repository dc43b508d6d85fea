namespace Notifications.Domain.Visibility;

/// <summary>
/// The CloudEvent types of the integration events a provider may hear about, spelt as their publishers
/// spell them ("commissioning.&lt;service&gt;.&lt;kebab-name&gt;.v1", see CarePackagesEvents and
/// ContractsEvents) over the messages of proto/commissioning/events/v1.
/// </summary>
public static class ProviderEventTypes
{
    /// <summary>PlacementOffered: a placement request sent to the providers it invites.</summary>
    public const string PlacementOffered = "commissioning.care-packages.placement-offered.v1";

    /// <summary>PlacementAwarded: the placement awarded to one provider's offer.</summary>
    public const string PlacementAwarded = "commissioning.care-packages.placement-awarded.v1";

    /// <summary>ContractAwarded: a contract with one provider.</summary>
    public const string ContractAwarded = "commissioning.contracts.contract-awarded.v1";

    /// <summary>ContractVaried: a variation of a provider's contract.</summary>
    public const string ContractVaried = "commissioning.contracts.contract-varied.v1";

    /// <summary>ContractNovated: a provider's contract moved to another lead commissioner.</summary>
    public const string ContractNovated = "commissioning.contracts.contract-novated.v1";

    /// <summary>ContractTerminated: notice of the end of a provider's contract.</summary>
    public const string ContractTerminated = "commissioning.contracts.contract-terminated.v1";

    /// <summary>RateChanged: a rate card's rate for a service type, unit and locality.</summary>
    public const string RateChanged = "commissioning.contracts.rate-changed.v1";

    /// <summary>ProviderSuspended: a provider barred from new placements (or excluded from a framework).</summary>
    public const string ProviderSuspended = "commissioning.contracts.provider-suspended.v1";

    /// <summary>ProviderEligibleAgain: a suspension lifted; the provider may take placements again.</summary>
    public const string ProviderEligibleAgain = "commissioning.contracts.provider-eligible-again.v1";

    /// <summary>ProviderAdmitted: a provider (re)admitted to a framework or purchasing list.</summary>
    public const string ProviderAdmitted = "commissioning.contracts.provider-admitted.v1";
}
