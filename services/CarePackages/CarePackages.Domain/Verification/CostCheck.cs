using CarePackages.Domain.Costing;
using CarePackages.Domain.Planning;
using Commissioning.Domain;
using Commissioning.Domain.Costing;

namespace CarePackages.Domain.Verification;

/// <summary>
/// A benchmark band for a cost line, in the line's own terms: a weekly cost for recurring support,
/// the amount for a one-off (anchors B.7: a needs profile, a cost model version and a benchmark price).
/// </summary>
public sealed record BenchmarkBand
{
    public BenchmarkBand(decimal lower, decimal upper)
    {
        VerificationRules.PriceStated.Require(lower >= 0, "benchmarkLower", "A benchmark cannot be negative.");
        VerificationRules.PriceStated.Require(upper >= lower, "benchmarkUpper",
            "The top of a benchmark band cannot be below its bottom.");
        Lower = lower;
        Upper = upper;
    }

    public decimal Lower { get; }
    public decimal Upper { get; }

    public BandPosition Place(decimal amount) =>
        amount < Lower ? BandPosition.Below : amount > Upper ? BandPosition.Above : BandPosition.Within;
}

public enum BandPosition { Below, Within, Above }

/// <summary>
/// One cost line checked against the contracted rate (a unit rate from the contracts service; none
/// for a spot purchase) and a benchmark band, with the arithmetic spelt out for the verifier.
/// </summary>
public sealed record CostCheck(
    Guid LineId,
    decimal Amount,
    bool OneOff,
    decimal? ContractedUnitRate,
    decimal? ContractedAmount,
    decimal? DifferencePerUnit,
    decimal? Difference,
    decimal? DifferencePercent,
    decimal BenchmarkLower,
    decimal BenchmarkUpper,
    BandPosition Position,
    string Explanation)
{
    /// <summary>A price above the contracted rate or above the benchmark band must be justified before funding is agreed.</summary>
    public bool NeedsJustification => DifferencePerUnit > 0 || Position == BandPosition.Above;

    public static CostCheck Compare(PlanCostLine line, decimal? contractedUnitRate, BenchmarkBand band)
    {
        VerificationRules.PriceStated.Require(contractedUnitRate is null or > 0, "contractedUnitRate",
            "A contracted rate must be more than zero.");
        var cost = line.Cost;
        var amount = cost.IsOneOff ? cost.UnitCost : cost.WeeklyCost;
        var contracted = contractedUnitRate is null
            ? null
            : CostBasis.Create(contractedUnitRate, cost.Frequency, cost.PlannedUnitsPerWeek);
        var contractedAmount = contracted is null ? (decimal?)null : cost.IsOneOff ? contracted.UnitCost : contracted.WeeklyCost;
        var perUnit = cost.UnitCost - contracted?.UnitCost;
        var difference = amount - contractedAmount;
        var percent = contracted is null ? (decimal?)null : Math.Round(perUnit!.Value * 100m / contracted.UnitCost, 2, MidpointRounding.AwayFromZero);
        var position = band.Place(amount);
        var explanation = string.Join(" ", Describe(cost, amount), DescribeContract(cost, contracted, perUnit, difference, percent),
            DescribeBand(cost, band, position));
        return new CostCheck(line.Id, amount, cost.IsOneOff, contracted?.UnitCost, contractedAmount, perUnit, difference, percent,
            band.Lower, band.Upper, position, explanation);
    }

    private static string Describe(CostBasis cost, decimal amount) => cost switch
    {
        { IsOneOff: true } => $"One-off £{amount:N2}.",
        { PlannedUnitsPerWeek: { } units } => $"£{cost.UnitCost:N2} {Per(cost.Frequency)} × {units:0.00} a week = £{amount:N2} a week.",
        _ => $"£{cost.UnitCost:N2} {Per(cost.Frequency)} = £{amount:N2} a week.",
    };

    private static string DescribeContract(CostBasis cost, CostBasis? contracted, decimal? perUnit, decimal? difference, decimal? percent)
    {
        if (contracted is null) return "No contracted rate: spot price.";
        if (perUnit == 0) return $"Matches the contracted rate of £{contracted.UnitCost:N2} {Per(cost.Frequency)}.";
        var direction = perUnit > 0 ? "above" : "below";
        var week = cost.IsOneOff ? "" : $", £{Math.Abs(difference!.Value):N2} a week {(perUnit > 0 ? "more" : "less")}";
        return $"£{Math.Abs(perUnit!.Value):N2} {Per(cost.Frequency)} ({Math.Abs(percent!.Value):0.00}%) {direction} the contracted rate of £{contracted.UnitCost:N2}{week}.";
    }

    private static string DescribeBand(CostBasis cost, BenchmarkBand band, BandPosition position) =>
        $"Benchmark £{band.Lower:N2}–£{band.Upper:N2}{(cost.IsOneOff ? "" : " a week")}: {position.ToString().ToLowerInvariant()}.";

    private static string Per(CostFrequency frequency) => frequency switch
    {
        CostFrequency.Hourly => "an hour",
        CostFrequency.PerSession => "a session",
        CostFrequency.Daily => "a day",
        CostFrequency.Weekly => "a week",
        CostFrequency.Fortnightly => "a fortnight",
        CostFrequency.FourWeekly => "every 4 weeks",
        CostFrequency.Monthly => "a month",
        CostFrequency.Quarterly => "a quarter",
        CostFrequency.Annual => "a year",
        _ => "once",
    };
}
