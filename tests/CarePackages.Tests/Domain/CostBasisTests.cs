using CarePackages.Domain.Costing;
using Commissioning.Domain.Costing;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

/// <summary>Weekly-cost normalisation as CLD's 6.Costs_fact.sql does it (anchors B.2).</summary>
public class CostBasisTests
{
    [Theory]
    [InlineData(CostFrequency.Hourly, "18.50", "14", "259.00")]      // £18.50 × 14 hours
    [InlineData(CostFrequency.PerSession, "42.50", "3", "127.50")]   // £42.50 × 3 day-centre sessions
    [InlineData(CostFrequency.Daily, "65.00", "5", "325.00")]        // £65 × 5 days
    [InlineData(CostFrequency.Weekly, "750.00", null, "750.00")]     // × 1
    [InlineData(CostFrequency.Fortnightly, "250.00", null, "125.00")] // ÷ 2
    [InlineData(CostFrequency.FourWeekly, "1000.00", null, "250.00")] // ÷ 4
    [InlineData(CostFrequency.Monthly, "1300.00", null, "300.00")]   // × 12 ÷ 52
    [InlineData(CostFrequency.Monthly, "1000.00", null, "230.77")]   // × 12 ÷ 52 = 230.769…
    [InlineData(CostFrequency.Quarterly, "1300.00", null, "100.00")] // × 4 ÷ 52
    [InlineData(CostFrequency.Annual, "5200.00", null, "100.00")]    // ÷ 52
    [InlineData(CostFrequency.Annual, "1000.00", null, "19.23")]     // ÷ 52 = 19.2307…
    [InlineData(CostFrequency.OneOff, "480.00", null, "0")]          // no weekly cost
    public void Every_frequency_normalises_to_a_weekly_cost(CostFrequency frequency, string unitCost, string? units, string weekly)
    {
        var basis = CostBasis.Create(decimal.Parse(unitCost), frequency, units is null ? null : decimal.Parse(units));
        Assert.Equal(decimal.Parse(weekly), basis.WeeklyCost);
    }

    [Fact]
    public void Frequency_is_trusted_over_planned_units_for_weekly_and_longer()
    {
        // CLD: "cost_frequency is trusted over planned_units_per_week (they often disagree)".
        var basis = CostBasis.Create(1300m, CostFrequency.Monthly, 7m);
        Assert.Equal(300m, basis.WeeklyCost);
        Assert.Null(basis.PlannedUnitsPerWeek);
    }

    [Fact]
    public void A_cost_line_with_no_frequency_is_refused_naming_it() =>
        Assert.Equal(("costFrequency", CostRules.CostStated), Violation(() => CostBasis.Create(18.50m, null,
            14m)).Named());

    [Theory]
    [InlineData(CostFrequency.Hourly)]
    [InlineData(CostFrequency.Daily)]
    [InlineData(CostFrequency.PerSession)]
    public void Hourly_daily_and_session_costs_need_planned_units(CostFrequency frequency)
    {
        Assert.Equal(("plannedUnitsPerWeek", CostRules.CostStated), Violation(() => CostBasis.Create(18.50m,
            frequency)).Named());
        Assert.Equal(("plannedUnitsPerWeek", CostRules.CostStated), Violation(() => CostBasis.Create(18.50m, frequency,
            0m)).Named());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-18.50")] // CLD takes ABS(); a price here is never negative
    [InlineData("18.505")]
    public void A_unit_cost_must_be_positive_pounds_and_pence(string unitCost) =>
        Assert.Equal(("unitCost", CostRules.CostStated), Violation(() => CostBasis.Create(decimal.Parse(unitCost),
            CostFrequency.Weekly)).Named());

    [Fact]
    public void Cost_over_a_period_is_weekly_cost_times_days_plus_one_over_seven()
    {
        // CLD Weeks_of_Service = (DATEDIFF + 1) / 7: 1–28 April is 4 weeks; 1–10 April is 10/7 weeks.
        var basis = CostBasis.Create(350m, CostFrequency.Weekly);
        Assert.Equal(1400m, basis.CostOver(new DateOnly(2018, 4, 1), new DateOnly(2018, 4, 28)));
        Assert.Equal(500m, basis.CostOver(new DateOnly(2018, 4, 1), new DateOnly(2018, 4, 10)));
    }
}
