using Commissioning.Domain;
using Contracts.Domain.Markets;
using Contracts.Domain.SeedWork;

namespace Contracts.Domain.RateCards;

/// <summary>
/// The rate for one service type, unit and locality over time. It is commissioner-neutral by
/// construction: no commissioner appears on it, so the council, the CCG and the pool pay the same
/// rate for the same service (P:L764 "consistent quality and rates irrespective of who is the
/// commissioner"). The store keeps one card per segment and unit. Periods never overlap; past
/// rates are never edited, only superseded from a later date.
/// </summary>
public sealed class RateCard : AggregateRoot
{
    private readonly List<RatePeriod> _periods = [];

    private RateCard() { }

    public MarketSegment Segment { get; private set; } = null!;
    public RateUnit Unit { get; private set; }
    public IReadOnlyList<RatePeriod> Periods => _periods;

    public static RateCard Open(MarketSegment segment, RateUnit unit) =>
        new() { Segment = segment, Unit = Text.Defined(unit, "unit") };

    public RatePeriod? RateOn(DateOnly date) => _periods.SingleOrDefault(p => p.Covers(date));

    /// <summary>Adds a rate for a period that no other rate covers.</summary>
    public void AddRate(DateOnly effectiveFrom, DateOnly? effectiveTo, decimal amount)
    {
        CheckAmount(amount);
        RateCardRules.RateEndsAfterItStarts.Require(effectiveTo is null || effectiveTo >= effectiveFrom, "effectiveTo",
            "A rate cannot end before it starts.");
        var clash = _periods.FirstOrDefault(p => p.Overlaps(effectiveFrom, effectiveTo));
        if (clash is not null)
            throw RateCardRules.RatesDoNotOverlap.Broken("effectiveFrom", $"The rate of {clash.Amount:N2} from "
                + $"{clash.EffectiveFrom:yyyy-MM-dd} to "
                + $"{clash.EffectiveTo?.ToString("yyyy-MM-dd") ?? "further notice"} "
                + "already covers part of this period.");
        Publish(new RatePeriod(effectiveFrom, effectiveTo, amount), previous: null);
    }

    /// <summary>
    /// Changes the rate from a date: the rate open at that date ends the day before and the new one
    /// runs until further notice. The change must fall after the open rate starts: rates already in
    /// force on earlier days stay as they were.
    /// </summary>
    public void ChangeRate(DateOnly effectiveFrom, decimal amount)
    {
        CheckAmount(amount);
        var open = _periods.SingleOrDefault(p => p.EffectiveTo is null);
        if (open is null)
        {
            AddRate(effectiveFrom, null, amount);
            return;
        }
        RateCardRules.RateChangeAfterTheCurrentRate.Require(effectiveFrom > open.EffectiveFrom, "effectiveFrom",
            $"The current rate runs from {open.EffectiveFrom:yyyy-MM-dd}; a change must start after it.");
        open.CloseOn(effectiveFrom.AddDays(-1));
        Publish(new RatePeriod(effectiveFrom, null, amount), open.Amount);
    }

    private void Publish(RatePeriod period, decimal? previous)
    {
        _periods.Add(period);
        _periods.Sort((a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        Raise(new RateChanged(Id, Segment, Unit, period.EffectiveFrom, period.EffectiveTo, period.Amount, previous));
    }

    private static void CheckAmount(decimal amount)
    {
        RateCardRules.RateInPence.Require(amount > 0, "amount", "A rate must be more than nothing.");
        RateCardRules.RateInPence.Require(Money.RoundPence(amount) == amount, "amount",
            "A rate is in pounds and pence.");
    }
}
