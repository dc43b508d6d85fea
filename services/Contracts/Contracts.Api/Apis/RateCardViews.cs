using Contracts.Domain.RateCards;

namespace Contracts.Api.Apis;

/// <summary>A rate from a date, until the next period starts or its own end date.</summary>
public sealed record RatePeriodView(DateOnly EffectiveFrom, DateOnly? EffectiveTo, decimal Amount);

/// <summary>A rate card: one segment, one unit, its effective-dated rates with no overlap.</summary>
public sealed record RateCardView(Guid Id, SegmentView Segment, RateUnit Unit, IReadOnlyList<RatePeriodView> Periods)
{
    public static RateCardView Of(RateCard card) => new(
        card.Id, SegmentView.Of(card.Segment), card.Unit,
        card.Periods.Select(p => new RatePeriodView(p.EffectiveFrom, p.EffectiveTo, p.Amount)).ToList());
}

/// <summary>The rate in force on a date, for brokerage and cost verification.</summary>
public sealed record RateInForce(
    Guid RateCardId, SegmentView Segment, RateUnit Unit, DateOnly On, decimal Amount, DateOnly EffectiveFrom,
    DateOnly? EffectiveTo)
{
    public static RateInForce Of((RateCard Card, RatePeriod Period) found, DateOnly on) => new(
        found.Card.Id, SegmentView.Of(found.Card.Segment), found.Card.Unit, on, found.Period.Amount,
        found.Period.EffectiveFrom, found.Period.EffectiveTo);
}
