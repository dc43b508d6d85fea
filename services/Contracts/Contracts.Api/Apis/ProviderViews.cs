using Contracts.Domain.Markets;
using Contracts.Domain.Providers;

namespace Contracts.Api.Apis;

/// <summary>A market segment: a service type in a locality.</summary>
public sealed record SegmentView(ServiceType ServiceType, string Locality)
{
    public static SegmentView Of(MarketSegment segment) => new(segment.ServiceType, segment.Locality);
}

/// <summary>Places the provider declares free in one segment.</summary>
public sealed record CapacityView(SegmentView Segment, int Places);

/// <summary>
/// A provider on the register, with what the regulator and the council's processes say about it;
/// <c>brokerageBar</c> names why brokerage may not send it work, null when it may.
/// </summary>
public sealed record ProviderView(
    Guid Id, string Name, string OdsCode, ProviderSector Sector, string? CqcLocationId, CqcRating CqcRating,
    DateOnly? CqcRatedOn, LivingWageStatus LivingWage, ProviderStatus Status, string? StatusReason,
    string? SeriousConcern, IReadOnlyList<CapacityView> Capacity, string? BrokerageBar, bool IsEligibleForBrokerage)
{
    public static ProviderView Of(Provider p) => new(
        p.Id, p.Name, p.OdsCode, p.Sector, p.CqcLocationId, p.CqcRating, p.CqcRatedOn, p.LivingWage, p.Status,
        p.StatusReason, p.SeriousConcern,
        p.Capacity.Select(c => new CapacityView(SegmentView.Of(c.Segment), c.Places)).ToList(), p.BrokerageBar,
        p.IsEligibleForBrokerage);
}
