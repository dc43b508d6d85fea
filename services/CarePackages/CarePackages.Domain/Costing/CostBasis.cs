using Commissioning.Domain;
using Commissioning.Domain.Costing;

namespace CarePackages.Domain.Costing;

/// <summary>
/// A unit cost, how often it falls due and, for units more frequent than weekly, how many a week.
/// Normalised to a weekly cost by DHSC's own derivation, <see cref="CldCostDerivation"/> in the shared
/// kernel (anchors B.2 L520-538), the same formula statutory returns report with.
/// Where CLD would take the absolute value of a negative cost or unit count, verification refuses
/// it instead: a care package never has a negative price, and a correction is an adjustment line.
/// </summary>
public sealed record CostBasis
{
    private CostBasis(decimal unitCost, CostFrequency frequency, decimal? plannedUnitsPerWeek)
    {
        UnitCost = unitCost;
        Frequency = frequency;
        PlannedUnitsPerWeek = plannedUnitsPerWeek;
    }

    public decimal UnitCost { get; }
    public CostFrequency Frequency { get; }
    /// <summary>
    /// Only for hourly, daily and per-session costs; CLD trusts the frequency over units for the rest, so
    /// they are not kept.
    /// </summary>
    public decimal? PlannedUnitsPerWeek { get; }

    public bool IsOneOff => Frequency == CostFrequency.OneOff;

    public static bool NeedsPlannedUnits(CostFrequency frequency) =>
        frequency is CostFrequency.Hourly or CostFrequency.Daily or CostFrequency.PerSession;

    public static CostBasis Create(decimal? unitCost, CostFrequency? frequency, decimal? plannedUnitsPerWeek = null)
    {
        CostRules.CostStated.Require(frequency is { } f && Enum.IsDefined(f), "costFrequency",
            "A cost line needs a frequency: hourly, per session, daily, weekly, fortnightly, 4-weekly, monthly, "
            + "quarterly, annual or one-off.");
        CostRules.CostStated.Require(unitCost > 0, "unitCost", "A unit cost must be more than zero.");
        CostRules.CostStated.Require(decimal.Round(unitCost!.Value, 2) == unitCost, "unitCost",
            "A unit cost is in pounds and pence.");
        if (!NeedsPlannedUnits(frequency!.Value))
            return new CostBasis(unitCost.Value, frequency.Value, null);
        CostRules.CostStated.Require(plannedUnitsPerWeek > 0, "plannedUnitsPerWeek",
            $"A {frequency} cost needs the planned units a week.");
        CostRules.CostStated.Require(
            decimal.Round(plannedUnitsPerWeek!.Value, 2) == plannedUnitsPerWeek && plannedUnitsPerWeek <= 168,
            "plannedUnitsPerWeek", "Planned units a week are numeric (0.00) and at most 168.");
        return new CostBasis(unitCost.Value, frequency.Value, plannedUnitsPerWeek);
    }

    /// <summary>The weekly cost to the penny; zero for a one-off cost.</summary>
    public decimal WeeklyCost => Money.RoundPence(ExactWeeklyCost);

    /// <summary>Unrounded, so sums over periods round once at the end; zero for a one-off cost.</summary>
    internal decimal ExactWeeklyCost => CldCostDerivation.CostPerWeek(UnitCost, Frequency, PlannedUnitsPerWeek) ?? 0m;

    /// <summary>
    /// Cost over the days <paramref name="from"/> to <paramref name="to"/> inclusive, CLD style:
    /// weekly cost × (days + 1) ÷ 7. A one-off cost is not time-based and is counted by its line's date instead.
    /// </summary>
    public decimal CostOver(DateOnly from, DateOnly to) =>
        Money.RoundPence(CldCostDerivation.CostOver(ExactWeeklyCost, from, to));
}
