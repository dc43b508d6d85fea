namespace Commissioning.Domain.Costing;

/// <summary>
/// A service's cost in a period as DHSC derives it: null <see cref="CostPerWeek"/> for a one-off cost,
/// whose whole unit cost is the period total when the service starts in the period.
/// </summary>
public sealed record CldCost(decimal? CostPerWeek, decimal WeeksOfService, decimal TotalCostPeriod);

/// <summary>
/// DHSC's weekly-cost and weeks-of-service derivation, the one place the platform computes it (care
/// packages verify and commit with it, statutory returns report it). Source: the CLD pipeline's
/// <c>6.Costs_fact.sql</c> (anchors B.2 L520-538; anchors-refresh §2 L38-43). Values are exact; callers
/// round once, at the end, with <see cref="Money.RoundPence"/>.
/// </summary>
public static class CldCostDerivation
{
    /// <summary>
    /// Rule FrequencyTrustedOverUnits (anchors B.2 L523-531): weekly 1, fortnightly 1/2, 4-weekly 1/4,
    /// monthly 12/52, quarterly 4/52, annual 1/52; hourly, daily, per session and a missing frequency
    /// take |Planned_Units_Per_Week|. One-off has no units a week (null).
    /// </summary>
    public static decimal? UnitsPerWeek(CostFrequency? frequency, decimal? plannedUnitsPerWeek) => frequency switch
    {
        CostFrequency.Weekly => 1m,
        CostFrequency.Fortnightly => 1m / 2m,
        CostFrequency.FourWeekly => 1m / 4m,
        CostFrequency.Monthly => 12m / 52m,
        CostFrequency.Quarterly => 4m / 52m,
        CostFrequency.Annual => 1m / 52m,
        CostFrequency.OneOff => null,
        _ => plannedUnitsPerWeek is { } units ? Math.Abs(units) : null,
    };

    /// <summary>
    /// Rule CostPerWeek = |Unit_Cost| × units a week (anchors B.2 L534). Multiplies before dividing so
    /// decimal stays exact (£1,300 a month is £300.00 a week, not £299.99…). Null when the cost is left out
    /// (<see cref="IsCosted"/>) or one-off.
    /// </summary>
    public static decimal? CostPerWeek(decimal? unitCost, CostFrequency? frequency, decimal? plannedUnitsPerWeek)
    {
        if (!IsCosted(unitCost, frequency, plannedUnitsPerWeek) || frequency == CostFrequency.OneOff) return null;
        var cost = Math.Abs(unitCost!.Value);
        return frequency switch
        {
            CostFrequency.Monthly => cost * 12m / 52m,
            CostFrequency.Quarterly => cost * 4m / 52m,
            CostFrequency.Annual => cost / 52m,
            CostFrequency.Fortnightly => cost / 2m,
            CostFrequency.FourWeekly => cost / 4m,
            _ => cost * UnitsPerWeek(frequency, plannedUnitsPerWeek)!.Value,
        };
    }

    /// <summary>
    /// Rule NullOrZeroLeftOut (anchors B.2 L538, anchors-refresh §2 L42): a null or zero unit cost, or
    /// zero or missing planned units where the frequency needs them, is not costed (unless one-off).
    /// </summary>
    public static bool IsCosted(decimal? unitCost, CostFrequency? frequency, decimal? plannedUnitsPerWeek) =>
        unitCost is { } cost && cost != 0
        && (frequency == CostFrequency.OneOff || UnitsPerWeek(frequency, plannedUnitsPerWeek) is > 0);

    /// <summary>
    /// Days from <paramref name="from"/> to <paramref name="to"/> inclusive, CLD's DATEDIFF + 1
    /// (anchors B.2 L535); none when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    public static int DaysOfService(DateOnly from, DateOnly to) => Math.Max(0, to.DayNumber - from.DayNumber + 1);

    /// <summary>
    /// Rule WeeksOfService (anchors B.2 L535; anchors-refresh §2 L41): (days of the service inside the
    /// period + 1) ÷ 7, the service cropped to the period at both ends; an open service runs to the period end.
    /// </summary>
    public static decimal WeeksOfService(DateOnly start, DateOnly? end, DateOnly periodStart, DateOnly periodEnd) =>
        DaysInside(start, end, periodStart, periodEnd) / 7m;

    /// <summary>Weekly cost × (days + 1) ÷ 7, multiplied before dividing so whole weeks stay exact.</summary>
    public static decimal CostOver(decimal exactWeeklyCost, DateOnly from, DateOnly to) =>
        exactWeeklyCost * DaysOfService(from, to) / 7m;

    /// <summary>
    /// Rule TotalCostPeriod (anchors B.2 L536; anchors-refresh §2 L41-42): cost per week × weeks of service;
    /// a one-off cost counts once, its |Unit_Cost|, in the period the service starts in. Null when left out.
    /// </summary>
    public static CldCost? Derive(decimal? unitCost, CostFrequency? frequency, decimal? plannedUnitsPerWeek,
        DateOnly start, DateOnly? end, DateOnly periodStart, DateOnly periodEnd)
    {
        if (!IsCosted(unitCost, frequency, plannedUnitsPerWeek)) return null;
        var weeks = WeeksOfService(start, end, periodStart, periodEnd);
        if (frequency == CostFrequency.OneOff)
        {
            var startsInPeriod = start >= periodStart && start <= periodEnd;
            return new CldCost(null, weeks, startsInPeriod ? Math.Abs(unitCost!.Value) : 0m);
        }
        var perWeek = CostPerWeek(unitCost, frequency, plannedUnitsPerWeek)!.Value;
        return new CldCost(perWeek, weeks, perWeek * DaysInside(start, end, periodStart, periodEnd) / 7m);
    }

    private static int DaysInside(DateOnly start, DateOnly? end, DateOnly periodStart, DateOnly periodEnd) =>
        DaysOfService(start > periodStart ? start : periodStart,
            end is { } e && e < periodEnd ? e : periodEnd);
}
