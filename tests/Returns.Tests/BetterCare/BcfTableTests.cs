using Commissioning.Domain;
using Returns.Domain.BetterCare;
using Returns.Domain.Periods;
using Returns.Domain.PoolReports;
using static Returns.Tests.Seeds;

namespace Returns.Tests.BetterCare;

/// <summary>
/// The BCF return's rows and their validation (issue 18 cap. 4 and 6) on S's figures: a plan at the local minimum of
/// £56m (S:22, S:29) from the council's £30m and the CCG's £26m, the CCG's budget £509.3m whose 3% is £15,279,000
/// (S:22); then £0.1m below the minimum (BetterCarePlansApiTests' £55.9m), a CCG short of its 3%, a condition unmet,
/// pooling not in place and a fund without a plan.
/// </summary>
public class BcfTableTests
{
    private static readonly ReturnPeriod Quarter2 = ReturnPeriod.Quarter(new FinancialYear(2017), 2);
    private static readonly S75Pooling Pooled = new(true, new DateOnly(2017, 3, 8), "d2");

    private static BcfPlan Plan(decimal council = 30_000_000m, decimal ccg = 26_000_000m, bool met = true) => new("p1",
        [new("E08000015", "Council contribution", council), new("12F", "CCG contribution", ccg)], council + ccg,
        56_000_000m, Math.Max(0, 56_000_000m - council - ccg), 509_300_000m, 15_279_000m, ccg,
        [
            new("Plans jointly agreed", true, "HWB, 10 April 2014"),
            new("Protection for social care services", met, null),
        ],
        null);

    private static BcfFund Fund(BcfPlan? plan, S75Pooling? pooling = null, decimal ccgScheme = 26_000_000m)
    {
        LineFigures[] schemes =
        [
            new("l1", "BCF-ASC", "Protecting adult social care", new(30_000_000m, 0, 7_500_000m, 30_000_000m)),
            new("l2", "BCF-COMM", "Community health services", new(ccgScheme, 0, 6_500_000m, ccgScheme)),
        ];
        return new BcfFund("f1", "Wirral Better Care Fund", "a1", schemes,
            schemes.Aggregate(new PositionFigures(0, 0, 0, 0), (sum, s) => sum.Plus(s.Figures)), plan,
            pooling ?? Pooled);
    }

    [Fact]
    public void A_plan_at_the_56m_minimum_with_the_CCGs_3_percent_gives_eight_rows_and_no_finding()
    {
        var rows = BcfTable.Rows(Wirral, Quarter2, [Fund(Plan())]);

        Assert.Equal(["f1:budget-arrangements", "f1:condition:1", "f1:condition:2", "f1:scheme:l1", "f1:scheme:l2",
            "f1:total", "f1:minimum", "f1:ccg-transfer"], rows.Select(r => r.Key));
        var ccg = rows[^1].Fields;
        Assert.Equal(("26000000.00", "15279000.00", "0.00", "Yes"), (ccg[BcfHeaders.Planned], ccg[BcfHeaders.Required],
            ccg[BcfHeaders.Shortfall], ccg[BcfHeaders.Met]));
        Assert.Equal(("56000000.00", "14000000.00", "56000000.00"), (rows[5].Fields[BcfHeaders.Income],
            rows[5].Fields[BcfHeaders.Expenditure], rows[5].Fields[BcfHeaders.Planned]));
        Assert.Equal(("Yes", "2017-03-08"), (rows[0].Fields[BcfHeaders.Met], rows[0].Fields[BcfHeaders.Date]));
        Assert.Empty(BcfValidator.Validate(rows));
    }

    [Fact]
    public void A_plan_0_1m_below_the_minimum_a_short_CCG_and_an_unmet_condition_are_each_a_finding_on_its_row()
    {
        var rows = BcfTable.Rows(Wirral, Quarter2,
            [Fund(Plan(council: 41_900_000m, ccg: 14_000_000m, met: false), S75Pooling.NotInPlace)]);

        var findings = BcfValidator.Validate(rows);

        Assert.Equal([(1, BcfValidator.S75PoolingInPlace), (3, BcfValidator.NationalConditionUnmet),
            (7, BcfValidator.BelowTheMinimum), (8, BcfValidator.CcgTransferShort),
            (6, BcfValidator.IncomeTiesToThePlan)], findings.Select(f => (f.Row, f.Rule)));
        Assert.Contains("100000.00 below the local minimum of 56000000.00", findings[2].Message);
        Assert.Contains("1279000.00 short", findings[3].Message);
    }

    [Fact]
    public void A_fund_without_a_plan_and_a_council_without_a_fund_are_found()
    {
        var rows = BcfTable.Rows(Wirral, Quarter2, [Fund(null)]);

        Assert.Equal(4, rows.Count);
        Assert.Equal(BcfValidator.PlanForTheYear, Assert.Single(BcfValidator.Validate(rows)).Rule);
        Assert.Equal(BcfValidator.HostsABetterCareFund, Assert.Single(BcfValidator.Validate([])).Rule);
    }
}
