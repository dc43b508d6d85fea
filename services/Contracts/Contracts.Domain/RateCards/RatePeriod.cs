namespace Contracts.Domain.RateCards;

/// <summary>A rate in force from a date to a date (inclusive), or with no end until superseded.</summary>
public sealed class RatePeriod
{
    private RatePeriod() { }

    internal RatePeriod(DateOnly effectiveFrom, DateOnly? effectiveTo, decimal amount) =>
        (EffectiveFrom, EffectiveTo, Amount) = (effectiveFrom, effectiveTo, amount);

    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }
    public decimal Amount { get; private set; }

    public bool Covers(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    internal bool Overlaps(DateOnly from, DateOnly? to) =>
        (to is null || EffectiveFrom <= to) && (EffectiveTo is null || from <= EffectiveTo);

    internal void CloseOn(DateOnly lastDay) => EffectiveTo = lastDay;
}
