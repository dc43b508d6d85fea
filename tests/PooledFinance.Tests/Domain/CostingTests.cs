using Commissioning.Testing;
using PooledFinance.Domain.Costs;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// Issue 16 item 8: costings of change from a rate card, the stated figures reconciled against the computed ones:
/// A's transformation costs (B_all_age_disability.md R-FIN-10; 002 §4.2 L794-799) and W's (A_wirral_staffs.md
/// BR-42 to BR-44; 000 W:643-652, W:260).
/// </summary>
public class CostingTests
{
    private readonly Wirral _w = new();

    /// <summary>A §4.2 L795-798: the rates on 36 weekly hours.</summary>
    internal static readonly RateCardRole[] AllAgeRateCard =
    [
        new("Senior Business Designer", 41.88m, 36m), new("Project Manager", 40.95m, 36m),
        new("Programme Manager", 48.32m, 36m),
    ];

    /// <summary>A §4.2 L795-799, as stated: the Programme Manager's "1 day per Month October to April 2018".</summary>
    internal static readonly CostingLine[] AllAgeLines =
    [
        new("Outline Business Case", "Senior Business Designer", null, 4m, null, 6_030.20m),
        new("Full Business Case", "Senior Business Designer", null, 6m, null, 9_046.08m),
        new("Project Management", "Project Manager", null, 30m, null, 44_226m),
        new("Project Management", "Programme Manager", null, null, 7m, 2_435.33m),
    ];

    /// <summary>W:645-651 as stated; W gives only the Project Manager's rate (36 hours implied, BR-43).</summary>
    internal static readonly CostingLine[] WirralLines =
    [
        new("PWC Financial Due Diligence", "PWC Management", null, 8m, null, 40_000m),
        new("Project Costs", "Director Of Service", null, null, null, null),
        new("Full Business Case Dev", "Project Manager", null, 6m, null, 8_845.00m),
        new("Project Costs", "Project Manager", null, 30m, null, 44_226.00m),
        new("Project Costs", "Legal", "EP06", 6m, null, 5_568.96m),
        new("Project Costs", "HR\\OD", "EP021", 6m, null, 7_093.38m),
        new("Project Costs", "Finance", "EPO15", 6m, null, 6_484.80m),
    ];

    private Costing AllAge() => Costing.State(_w.Partnership, _w.Council.Id, "All age disability transformation",
        AllAgeRateCard, AllAgeLines, 61_737.61m, null);

    private Costing Wirral(decimal? approved = 112_000m) => Costing.State(_w.Partnership, _w.Council.Id,
        "ICH transformation costs", [new("Project Manager", 40.95m, 36m)], WirralLines, 112_218.14m, approved);

    [Fact]
    public void A_outline_business_case_is_stated_52p_under_its_rate_and_the_rest_of_A_ties()
    {
        // R-FIN-10: 41.88 × 36 × 4 = £6,030.72 against £6,030.20; 48.32 × 7.2 × 7 = £2,435.33 (a day = 36 / 5).
        var costing = AllAge();

        Assert.Equal(new decimal?[] { 6_030.72m, 9_046.08m, 44_226.00m, 2_435.33m },
            costing.Checks.Select(c => c.Computed).ToArray());
        var finding = Assert.Single(costing.Findings);
        Assert.Equal(("lines[0].statedTotal", -0.52m), (finding.Field, finding.Difference));
        Assert.Equal((61_737.61m, 61_738.13m), (costing.ItemisedTotal, costing.RecomputedTotal));
    }

    [Fact]
    public void W_full_business_case_is_stated_20p_under_its_rate_and_the_approval_is_218_14_short_of_the_lines()
    {
        // BR-43: 40.95 × 36 × 6 = £8,845.20 against £8,845.00; BR-42: Σ lines £112,218.14 = the stated total;
        // BR-44 (W:260): approved £112,000, £218.14 below the itemised total; BR-42: "Director Of Service" is blank.
        var costing = Wirral();

        Assert.Equal(new (string, decimal?)[]
        {
            ("lines[1]", null), ("lines[2].statedTotal", -0.20m), ("approvedEstimate", 218.14m),
        }, costing.Findings.Select(f => (f.Field, f.Difference)).ToArray());
        Assert.Equal((112_218.14m, 112_218.34m), (costing.ItemisedTotal, costing.RecomputedTotal));
        Assert.Null(costing.Checks[4].Computed); // Legal: grade EP06, no unit cost (W:649).
        Assert.Equal("EPO15", costing.Lines[6].Grade);
    }

    [Fact]
    public void A_stated_total_that_is_not_its_lines_is_reported_with_the_difference()
    {
        var costing = Costing.State(_w.Partnership, _w.Council.Id, "A", AllAgeRateCard, AllAgeLines.Skip(1).ToList(),
            61_737.61m, null);

        var finding = Assert.Single(costing.Findings);
        Assert.Equal(("statedTotal", 6_030.20m), (finding.Field, finding.Difference));
    }

    [Fact]
    public void Bad_lines_and_rate_cards_are_refused_naming_the_field()
    {
        Assert.Equal(("lines[0].days", CostingRules.LinesStated), Violation(() => Costing.State(_w.Partnership,
            _w.Council.Id, "A", AllAgeRateCard, [AllAgeLines[0] with { Days = 2m }], null, null)).Named());
        Assert.Equal(("lines[0].weeks", CostingRules.LinesStated), Violation(() => Costing.State(_w.Partnership,
            _w.Council.Id, "A", AllAgeRateCard, [AllAgeLines[0] with { Weeks = 0m }], null, null)).Named());
        Assert.Equal(("rateCard[0].weeklyHours", CostingRules.RateCardStated), Violation(() => Costing.State(
            _w.Partnership, _w.Council.Id, "A", [AllAgeRateCard[0] with { WeeklyHours = 169m }], AllAgeLines, null,
            null)).Named());
        Assert.Equal("rateCard[0].hourlyRate", Violation(() => Costing.State(_w.Partnership, _w.Council.Id, "A",
            [AllAgeRateCard[0] with { HourlyRate = 41.885m }], AllAgeLines, null, null)).Field);
        Assert.Equal(("rateCard", CostingRules.RateCardStated), Violation(() => Costing.State(_w.Partnership,
            _w.Council.Id, "A", [AllAgeRateCard[0], AllAgeRateCard[0]], AllAgeLines, null, null)).Named());
        Assert.Equal(("lines", CostingRules.LinesStated), Violation(() => Costing.State(_w.Partnership, _w.Council.Id,
            "A", AllAgeRateCard, [], null, null)).Named());
        Assert.Equal(("bearerBodyId", CostingRules.BorneByAPartner), Violation(() => Costing.State(_w.Partnership,
            Guid.NewGuid(), "A", AllAgeRateCard, AllAgeLines, null, null)).Named());
    }
}
