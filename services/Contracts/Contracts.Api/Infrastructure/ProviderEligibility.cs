using Contracts.Domain.Framework;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;

namespace Contracts.Api.Infrastructure;

/// <summary>Why a provider may not be sent a placement request for a segment on a day.</summary>
public enum Ineligibility
{
    NotOnFramework,
    Excluded,
    Suspended,
    CqcInadequate,
    SeriousConcern,
    NoCapacity,
}

/// <summary>A framework member that may be sent a placement request, as brokerage ranks it.</summary>
public sealed record EligibleProvider(
    Guid ProviderId, string OdsCode, string Name, Guid FrameworkId, CqcRating CqcRating, DateOnly? CqcRatedOn,
    bool PaysLivingWage, int Capacity);

/// <summary>
/// The brokerage gate (DPS pattern, anchors B.7): a current member of a framework lot for the
/// segment, admitted by the day, active, not rated Inadequate, under no serious concern, with
/// capacity in the segment. The provider's own rules (BrokerageBar) decide the standing part.
/// </summary>
public static class ProviderEligibility
{
    public static async Task<IReadOnlyList<EligibleProvider>> Eligible(ContractsStore store, MarketSegment segment, DateOnly on)
    {
        var eligible = new List<EligibleProvider>();
        foreach (var (frameworkId, providerId) in await Members(store, segment, on))
        {
            var provider = await store.Aggregates<Provider>().Find(providerId);
            if (provider is null || Check(provider, segment, onFramework: true).Count > 0) continue;
            eligible.Add(new EligibleProvider(provider.Id, provider.OdsCode, provider.Name, frameworkId, provider.CqcRating,
                provider.CqcRatedOn, provider.LivingWage == LivingWageStatus.Paid, provider.CapacityIn(segment)));
        }
        return eligible;
    }

    /// <summary>
    /// Eligible providers on the service type's lots in other localities, for a request with a recorded
    /// out-of-borough exception; a provider already eligible in the segment itself is not repeated.
    /// </summary>
    public static async Task<IReadOnlyList<EligibleProvider>> EligibleElsewhere(ContractsStore store, MarketSegment segment, DateOnly on)
    {
        var inBorough = (await Eligible(store, segment, on)).Select(p => p.ProviderId).ToHashSet();
        var elsewhere = new List<EligibleProvider>();
        foreach (var other in await OtherLocalities(store, segment))
            elsewhere.AddRange((await Eligible(store, other, on)).Where(p => inBorough.Add(p.ProviderId)));
        return elsewhere;
    }

    /// <summary>One provider's answer: every reason it is barred (empty when eligible) and the framework it is on.</summary>
    public static async Task<(IReadOnlyList<Ineligibility> Reasons, Guid? FrameworkId)> Check(ContractsStore store, Provider provider, MarketSegment segment, DateOnly on)
    {
        var membership = (await Members(store, segment, on)).FirstOrDefault(m => m.ProviderId == provider.Id);
        var frameworkId = membership == default ? (Guid?)null : membership.FrameworkId;
        return (Check(provider, segment, frameworkId is not null), frameworkId);
    }

    public static IReadOnlyList<Ineligibility> Check(Provider provider, MarketSegment segment, bool onFramework)
    {
        var reasons = new List<Ineligibility>();
        if (!onFramework) reasons.Add(Ineligibility.NotOnFramework);
        if (provider.Status == ProviderStatus.Excluded) reasons.Add(Ineligibility.Excluded);
        if (provider.Status == ProviderStatus.Suspended) reasons.Add(Ineligibility.Suspended);
        if (provider.CqcRating == CqcRating.Inadequate) reasons.Add(Ineligibility.CqcInadequate);
        if (provider.SeriousConcern is not null) reasons.Add(Ineligibility.SeriousConcern);
        if (provider.CapacityIn(segment) <= 0) reasons.Add(Ineligibility.NoCapacity);
        return reasons;
    }

    private static async Task<IReadOnlyList<MarketSegment>> OtherLocalities(ContractsStore store, MarketSegment segment) =>
        (await store.Aggregates<ProviderFramework>().List())
            .SelectMany(f => f.Members.Where(m => m.IsCurrent).Select(m => m.Lot))
            .Where(lot => lot.ServiceType == segment.ServiceType && lot != segment)
            .Distinct()
            .ToList();

    private static async Task<IReadOnlyList<(Guid FrameworkId, Guid ProviderId)>> Members(ContractsStore store, MarketSegment segment, DateOnly on) =>
        (await store.Aggregates<ProviderFramework>().List())
            .SelectMany(f => f.Members
                .Where(m => m.IsCurrent && m.AdmittedOn <= on && m.Lot == segment)
                .Select(m => (f.Id, m.ProviderId)))
            .DistinctBy(m => m.ProviderId)
            .ToList();
}
