using Commissioning.Domain;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Planning;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>Plymouth's pool 3-year plan (P:L306-321) and benefits schedule (P:L325-332), £k converted to pounds.</summary>
public class ReconciliationTests
{
    private static PoolPlanYear Plan(int year, decimal[] lines, decimal total, decimal rrl, decimal over, decimal deficit, decimal benefits) =>
        new(new FinancialYear(year),
            lines.Zip(["Wellbeing", "Community and bed based", "Bed Based", "Acute", "Staffing", "Income", "Support costs"])
                .Select(x => new PlanLine(x.Second, Thousands(x.First))).ToList(),
            Thousands(total), Thousands(rrl), Thousands(over), Thousands(deficit), Thousands(benefits));

    internal static readonly PoolPlanYear[] PlymouthPlan =
    [
        Plan(2015, [17_158, 184_408, 109_829, 151_414, 18_142, -32_728, 0], 448_223, 421_481, 26_742, 12_442, 14_300),
        Plan(2016, [17_158, 183_254, 112_820, 150_421, 18_240, -32_730, 0], 449_161, 424_196, 24_965, 12_442, 12_523),
        Plan(2017, [17_158, 186_349, 114_894, 148_768, 18_313, -32_733, 0], 452_749, 428_965, 23_784, 10_887, 12_897),
    ];

    private static BenefitsScheduleYear Benefits(int year, decimal[] schemes, decimal total) =>
        new(new FinancialYear(year),
            schemes.Zip(["Integrated Provision", "Integrated Commissioning", "Cooperative CYPS", "Care Act", "People Directorate review", "Further QIPP savings"])
                .Select(x => new PlanLine(x.Second, Thousands(x.First))).ToList(),
            Thousands(total));

    [Fact]
    public void The_2016_17_planned_spend_is_stated_2k_below_the_sum_of_its_lines_P_L317()
    {
        var reconciliation = new Reconciliation();
        foreach (var year in PlymouthPlan) year.Reconcile(reconciliation);

        var discrepancy = Assert.Single(reconciliation.Discrepancies);
        Assert.Equal("2016/17 Total Planned Spend", discrepancy.Where);
        Assert.Equal((Thousands(449_161), Thousands(449_163), Thousands(-2)), (discrepancy.Stated, discrepancy.Computed, discrepancy.Difference));
        Assert.Equal(9, reconciliation.ChecksMade);
    }

    [Fact]
    public void The_overspend_and_benefit_rows_follow_from_the_stated_totals_P_L318_L321()
    {
        // 448,223 − 421,481 = 26,742; 26,742 − 12,442 = 14,300 (and likewise in later years).
        var reconciliation = new Reconciliation();
        PlymouthPlan[0].Reconcile(reconciliation);
        PlymouthPlan[2].Reconcile(reconciliation);

        Assert.True(reconciliation.Ties);
    }

    internal static readonly BenefitsScheduleYear[] PlymouthBenefits =
    [
        Benefits(2015, [0, 4_276, 234, 0, 200, 9_590], 14_300),
        Benefits(2016, [500, 7_901, 234, 0, 200, 3_687], 12_522),
        Benefits(2017, [1_000, 11_608, 234, 0, 200, -146], 12_896),
    ];

    [Fact]
    public void The_benefits_schedule_totals_differ_from_the_pool_plan_by_1k_in_two_years_P_L332()
    {
        var reconciliation = new Reconciliation();

        for (var i = 0; i < 3; i++) PlymouthBenefits[i].Reconcile(PlymouthPlan[i], reconciliation);

        Assert.Equal(
            [("2016/17 Benefits schedule against pool plan", Thousands(-1)), ("2017/18 Benefits schedule against pool plan", Thousands(-1))],
            reconciliation.Discrepancies.Select(d => (d.Where, d.Difference)));
    }

    [Fact]
    public void A_wrong_identity_is_reported_where_it_is_wrong()
    {
        var broken = PlymouthPlan[0] with { StatedOverSpend = Thousands(26_741) };

        var reconciliation = broken.Reconcile(new Reconciliation());

        Assert.Equal(["2015/16 Over Spend vs Resource Limit", "2015/16 Benefits (over spend less planned deficit)"],
            reconciliation.Discrepancies.Select(d => d.Where));
    }
}
