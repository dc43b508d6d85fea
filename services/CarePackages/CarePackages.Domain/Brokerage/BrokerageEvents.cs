using CarePackages.Domain.Costing;
using CarePackages.Domain.SeedWork;

namespace CarePackages.Domain.Brokerage;

public sealed record PlacementRequestIssued(Guid AggregateId, int Round, ServiceType ServiceType, string Locality, DateOnly StartDate,
    IReadOnlyList<Guid> InvitedProviders, DateTimeOffset ClosesAt, string? OutOfBoroughException) : DomainEvent(AggregateId);

public sealed record OfferSubmitted(Guid AggregateId, Guid OfferId, Guid ProviderId, int Round, decimal WeeklyPrice, DateTimeOffset At)
    : DomainEvent(AggregateId);

public sealed record OfferWindowClosed(Guid AggregateId, int Round, int Offers, DateTimeOffset At) : DomainEvent(AggregateId);

public sealed record OfferDeclined(Guid AggregateId, Guid OfferId, Guid ProviderId, string Reason) : DomainEvent(AggregateId);

/// <summary>The provider left brokerage (suspended, rated Inadequate, excluded) while invited: its invitation and open offer lapse.</summary>
public sealed record ProviderWithdrawnFromRequest(Guid AggregateId, Guid ProviderId, int Round, string Reason, DateTimeOffset At)
    : DomainEvent(AggregateId);

public sealed record PlacementAwarded(Guid AggregateId, Guid SupportPlanId, Guid OfferId, Guid ProviderId, decimal WeeklyPrice,
    DateOnly StartDate, bool InBorough, int RankPosition, string RankArithmetic, DateTimeOffset At) : DomainEvent(AggregateId);
