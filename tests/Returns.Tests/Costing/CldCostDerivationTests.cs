using Commissioning.Domain;
using Commissioning.Domain.Costing;

namespace Returns.Tests.Costing;

/// <summary>
/// Golden figures for DHSC's derivation (anchors B.2 L520-538; anchors-refresh §2 L38-43), on the same
/// worked figures as care packages' verification (tests/CarePackages.Tests CostBasisTests): one formula,
/// one place, used by both.
/// </summary>
public class CldCostDerivationTests
{
    private static readonly DateOnly PeriodStart = new(2023, 4, 1);
    private static readonly DateOnly PeriodEnd = new(2023, 6, 30);

    [Theory]
    [InlineData(CostFrequency.Hourly, "18.50", "14", "259.00")]       // ELSE |Planned_Units_Per_Week| (L531)
    [InlineData(CostFrequency.PerSession, "42.50", "3", "127.50")]    // ELSE |Planned_Units_Per_Week| (L531)
    [InlineData(CostFrequency.Daily, "65.00", "5", "325.00")]         // ELSE |Planned_Units_Per_Week| (L531)
    [InlineData(CostFrequency.Weekly, "750.00", null, "750.00")]      // 'week%' 1.0 (L525)
    [InlineData(CostFrequency.Fortnightly, "250.00", null, "125.00")] // 'fortnight%' 1/2 (L526)
    [InlineData(CostFrequency.FourWeekly, "1000.00", null, "250.00")] // '4-week%' 1/4 (L527)
    [InlineData(CostFrequency.Monthly, "1300.00", null, "300.00")]    // 'month%' 12/52 (L528)
    [InlineData(CostFrequency.Monthly, "1000.00", null, "230.77")]    // 12/52: 230.769…
    [InlineData(CostFrequency.Quarterly, "1300.00", null, "100.00")]  // 'quarter%' 4/52 (L529)
    [InlineData(CostFrequency.Annual, "5200.00", null, "100.00")]     // 'annual%' 1/52 (L530)
    [InlineData(CostFrequency.Annual, "1000.00", null, "19.23")]      // 1/52: 19.2307…
    public void Every_frequency_has_dhscs_cost_per_week(CostFrequency frequency, string unitCost, string? units,
        string perWeek)
    {
        var weekly = CldCostDerivation.CostPerWeek(decimal.Parse(unitCost), frequency, Parse(units));
        Assert.Equal(decimal.Parse(perWeek), Money.RoundPence(weekly!.Value));
    }

    [Fact]
    public void Whole_months_and_quarters_stay_exact()
    {
        // Multiplying before dividing: £1,300 a month is exactly £300 a week, not 299.99…
        Assert.Equal(300m, CldCostDerivation.CostPerWeek(1300m, CostFrequency.Monthly, null));
        Assert.Equal(100m, CldCostDerivation.CostPerWeek(1300m, CostFrequency.Quarterly, null));
    }

    [Fact]
    public void The_frequency_is_trusted_over_planned_units()
    {
        // L523: "cost_frequency is trusted over planned_units_per_week (they often disagree)".
        Assert.Equal(300m, CldCostDerivation.CostPerWeek(1300m, CostFrequency.Monthly, 7m));
        Assert.Equal(1m, CldCostDerivation.UnitsPerWeek(CostFrequency.Weekly, 14m));
    }

    [Fact]
    public void A_missing_frequency_takes_the_planned_units()
    {
        // L531: anything else takes ABS(Planned_Units_Per_Week).
        Assert.Equal(259m, CldCostDerivation.CostPerWeek(18.50m, null, 14m));
    }

    [Fact]
    public void Negative_costs_and_units_count_as_their_absolute_values()
    {
        // L538: "negative costs/units are ABS()-ed"; anchors-refresh §2 L39 |Unit_Cost|.
        Assert.Equal(259m, CldCostDerivation.CostPerWeek(-18.50m, CostFrequency.Hourly, -14m));
        Assert.Equal(750m, CldCostDerivation.CostPerWeek(-750m, CostFrequency.Weekly, null));
    }

    [Theory]
    [InlineData(null, CostFrequency.Weekly, null)]    // null cost
    [InlineData("0", CostFrequency.Weekly, null)]     // zero cost
    [InlineData("0", CostFrequency.OneOff, null)]     // a zero one-off too
    [InlineData("18.50", CostFrequency.Hourly, "0")]  // zero planned units
    [InlineData("18.50", CostFrequency.Hourly, null)] // no planned units
    public void Null_and_zero_costs_are_left_out(string? unitCost, CostFrequency frequency, string? units)
    {
        // L538: "Rows with null/zero cost, or zero planned units (unless one-off), are excluded".
        Assert.False(CldCostDerivation.IsCosted(Parse(unitCost), frequency, Parse(units)));
        Assert.Null(CldCostDerivation.CostPerWeek(Parse(unitCost), frequency, Parse(units)));
        Assert.Null(CldCostDerivation.Derive(Parse(unitCost), frequency, Parse(units), PeriodStart, null,
            PeriodStart, PeriodEnd));
    }

    [Fact]
    public void A_one_off_cost_counts_once_in_the_period_it_starts_in()
    {
        // L534 "not for 'one-off'", L536 "(or Unit_Cost for 'one-off')"; anchors-refresh §2 L41-42.
        var inPeriod = CldCostDerivation.Derive(480m, CostFrequency.OneOff, null, new DateOnly(2023, 5, 10), null,
            PeriodStart, PeriodEnd)!;
        Assert.Null(inPeriod.CostPerWeek);
        Assert.Equal(480m, inPeriod.TotalCostPeriod);
        var earlier = CldCostDerivation.Derive(480m, CostFrequency.OneOff, null, new DateOnly(2023, 3, 10), null,
            PeriodStart, PeriodEnd)!;
        Assert.Equal(0m, earlier.TotalCostPeriod);
        Assert.True(CldCostDerivation.IsCosted(480m, CostFrequency.OneOff, 0m)); // zero units do not matter
    }

    [Fact]
    public void Weeks_of_service_are_days_inside_the_period_plus_one_over_seven()
    {
        // L535: (DATEDIFF(DAY, max(start, periodStart), min(end, periodEnd)) + 1) / 7.0; 1-28 April is 4 weeks.
        Assert.Equal(4m, CldCostDerivation.WeeksOfService(PeriodStart, new DateOnly(2023, 4, 28), PeriodStart,
            PeriodEnd));
        Assert.Equal(91m / 7m, CldCostDerivation.WeeksOfService(PeriodStart, null, PeriodStart, PeriodEnd));
        Assert.Equal(10, CldCostDerivation.DaysOfService(PeriodStart, new DateOnly(2023, 4, 10)));
    }

    [Fact]
    public void A_service_crossing_the_period_boundary_is_cropped_at_both_ends()
    {
        // A £350-a-week service from 18 March to 14 July 2023 inside 1 April - 30 June: 91 days, 13 weeks.
        var cost = CldCostDerivation.Derive(350m, CostFrequency.Weekly, null, new DateOnly(2023, 3, 18),
            new DateOnly(2023, 7, 14), PeriodStart, PeriodEnd)!;
        Assert.Equal(350m, cost.CostPerWeek);
        Assert.Equal(13m, cost.WeeksOfService);
        Assert.Equal(4550m, cost.TotalCostPeriod);
        // Ending on 10 April: 10 days, £500 (the care-packages worked figure, CostBasisTests).
        var ended = CldCostDerivation.Derive(350m, CostFrequency.Weekly, null, new DateOnly(2023, 3, 18),
            new DateOnly(2023, 4, 10), PeriodStart, PeriodEnd)!;
        Assert.Equal(500m, ended.TotalCostPeriod);
    }

    [Fact]
    public void A_service_wholly_outside_the_period_has_no_weeks()
    {
        var cost = CldCostDerivation.Derive(350m, CostFrequency.Weekly, null, new DateOnly(2023, 1, 1),
            new DateOnly(2023, 3, 31), PeriodStart, PeriodEnd)!;
        Assert.Equal(0m, cost.WeeksOfService);
        Assert.Equal(0m, cost.TotalCostPeriod);
    }

    private static decimal? Parse(string? value) => value is null ? null : decimal.Parse(value);
}
