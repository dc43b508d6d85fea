using Commissioning.Domain;
using Contracts.Domain.Markets;

namespace Contracts.Domain.RateCards;

/// <summary>A rate was published or changed; brokerage and verification price against it from <see cref="EffectiveFrom"/>.</summary>
public sealed record RateChanged(
    Guid RateCardId, MarketSegment Segment, RateUnit Unit, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    decimal Amount, decimal? PreviousAmount) : IDomainEvent;
