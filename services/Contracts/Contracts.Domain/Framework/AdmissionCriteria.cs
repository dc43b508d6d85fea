using Commissioning.Domain;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;

namespace Contracts.Domain.Framework;

/// <summary>
/// The published criteria a provider must meet to join, and to stay on, a lot of the list (W:414;
/// the Oxfordshire DPS in anchors B.7: always open, exclusion on an Inadequate CQC rating or a
/// serious concern). Decided here: a regulated lot needs a CQC location, a suspended or excluded
/// provider cannot join, and a list may also require the living wage (P:L263).
/// </summary>
public static class AdmissionCriteria
{
    /// <summary>The first criterion the provider fails for the lot, as the field at fault and why; null when it meets all.</summary>
    public static (string Field, string Reason)? FirstFailure(Provider provider, MarketSegment lot, bool requiresLivingWage)
    {
        if (provider.Status != ProviderStatus.Active) return ("status", $"The provider is {provider.Status}.");
        if (provider.CqcRating == CqcRating.Inadequate) return ("cqcRating", "A provider rated Inadequate by CQC is excluded.");
        if (provider.SeriousConcern is not null) return ("seriousConcern", "A provider under a serious concern is excluded.");
        if (lot.ServiceType.IsCqcRegulated() && provider.CqcLocationId is null)
            return ("cqcLocationId", $"{lot.ServiceType} is CQC-regulated; the provider has no CQC location.");
        if (requiresLivingWage && provider.LivingWage != LivingWageStatus.Paid)
            return ("livingWage", "This list admits only providers that pay the living wage.");
        return null;
    }

    public static void Require(Provider provider, MarketSegment lot, bool requiresLivingWage)
    {
        if (FirstFailure(provider, lot, requiresLivingWage) is { } failure)
            throw FrameworkRules.CriteriaMet.Broken(failure.Field, failure.Reason);
    }
}
