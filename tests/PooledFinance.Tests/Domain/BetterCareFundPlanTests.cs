using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.BetterCare;
using PooledFinance.Domain.Funds;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// Issue 16 item 9: BCF plans (A_wirral_staffs.md BR-S01 to BR-S03, BR-S07, BR-16; S:22, S:28-30, W:398).
/// </summary>
public class BetterCareFundPlanTests
{
    private readonly Wirral _w = new();
    private static readonly FinancialYear Y2015 = new(2015);

    private BetterCareFundPlan Plan(decimal council, decimal ccg, decimal? minimum, decimal? stated = null,
        TransferTiming? timing = TransferTiming.Upfront, bool conditionMet = true) =>
        BetterCareFundPlan.Draft(_w.BetterCareFund(), _w.Agreement, new BetterCarePlanTerms(Y2015, _w.Council.Id,
            _w.Ccg.Id, Millions(509.3m), timing, minimum, stated,
            [new(_w.Council.Id, "Council contribution, including iBCF", council),
                new(_w.Ccg.Id, "CCG contribution", ccg)],
            [new("Plans jointly agreed", conditionMet, "HWB minute, 10 April 2014")]));

    [Fact]
    public void The_CCG_transfers_3_percent_of_its_budget_and_a_plan_at_the_56m_minimum_meets_it()
    {
        // BR-S01 (S:22): 3% of £509.3m is £15.279m; BR-S02 (S:22, S:29): £56m is the local minimum.
        var plan = Plan(Millions(30m), Millions(26m), Millions(56m));

        Assert.Equal((Millions(15.279m), 0m), (plan.CcgTransferRequired, plan.MinimumShortfall));
        Assert.Empty(plan.Findings);
    }

    [Fact]
    public void A_plan_0_1m_below_the_minimum_is_not_submitted()
    {
        var plan = Plan(Millions(29.9m), Millions(26m), Millions(56m));
        plan.SignOff(_w.Council.Id, new DateOnly(2014, 4, 1), "Cabinet Member");
        plan.SignOff(_w.Ccg.Id, new DateOnly(2014, 4, 1), "Accountable Officer");

        var refused = Violation(() => plan.Submit(new DateOnly(2014, 4, 4)));

        Assert.Equal(("contributions", Millions(0.1m)), (refused.Field, plan.MinimumShortfall));
        Assert.Equal(BetterCarePlanRules.LocalMinimumMet, refused.Rule);
        Assert.Equal(("contributions", BetterCarePlanRules.CcgTransfersThreePercent),
            Violation(() => Plan(Millions(45m), Millions(11m), Millions(56m)).Submit(new(2014, 4, 4))).Named());
        Assert.Null(plan.SubmittedOn);
    }

    [Fact]
    public void Who_bears_a_deficit_follows_when_the_3_percent_moved()
    {
        // BR-S03 (S:28): upfront, the CCG carries it; as savings are generated, the council does.
        Assert.Equal(_w.Ccg.Id, Plan(Millions(30m), Millions(26m), null).DeficitBorneBy);
        Assert.Equal(_w.Council.Id,
            Plan(Millions(30m), Millions(26m), null, timing: TransferTiming.AsSavingsRealised).DeficitBorneBy);
        Assert.Null(Plan(Millions(30m), Millions(26m), null, timing: null).DeficitBorneBy);
    }

    [Fact]
    public void Wirrals_47_9m_against_contributions_of_48_0m_is_reported_not_corrected()
    {
        // BR-16 (W:398): £47.9m; council £22.5m including iBCF, CCG £25.5m.
        var plan = Plan(Millions(22.5m), Millions(25.5m), null, stated: Millions(47.9m));

        var finding = Assert.Single(plan.Findings);
        Assert.Equal(("statedTotal", Millions(47.9m), Millions(48.0m)), (finding.Field, plan.StatedTotal,
            plan.PlanTotal));
    }

    [Fact]
    public void Submission_needs_every_partners_sign_off_every_condition_met_and_the_minimum_stated()
    {
        var unsigned = Plan(Millions(30m), Millions(26m), Millions(56m));
        unsigned.SignOff(_w.Council.Id, new DateOnly(2014, 2, 10), "Cabinet Member");
        Assert.Equal(("signOffs", BetterCarePlanRules.SignedOffByEveryPartner),
            Violation(() => unsigned.Submit(new DateOnly(2014, 2, 14))).Named());
        Assert.Equal(("bodyId", BetterCarePlanRules.SignedOffOncePerPartner),
            Violation(() => unsigned.SignOff(_w.Council.Id, new(2014, 2, 11), "Again")).Named());
        Assert.Equal(("conditions", BetterCarePlanRules.NationalConditionsMet), Violation(() =>
            Plan(Millions(30m), Millions(26m), Millions(56m), conditionMet: false).Submit(new(2014, 2, 14))).Named());
        Assert.Equal(("localMinimum", BetterCarePlanRules.LocalMinimumStated),
            Violation(() => Plan(Millions(30m), Millions(26m), null).Submit(new(2014, 2, 14))).Named());

        // BR-S07 (S:30): submitted on 14 February once both partners signed off.
        unsigned.SignOff(_w.Ccg.Id, new DateOnly(2014, 2, 12), "Accountable Officer");
        Assert.Equal(("submittedOn", BetterCarePlanRules.SubmittedAfterItsSignOffs),
            Violation(() => unsigned.Submit(new DateOnly(2014, 2, 11))).Named());
        unsigned.Submit(new DateOnly(2014, 2, 14));
        Assert.Equal(new DateOnly(2014, 2, 14), unsigned.SubmittedOn);
        Assert.Equal(("submittedOn", BetterCarePlanRules.SubmittedOnce),
            Violation(() => unsigned.Submit(new DateOnly(2014, 2, 15))).Named());
    }

    [Fact]
    public void A_plan_on_a_fund_that_is_not_a_BCF_or_from_a_body_outside_the_agreement_is_refused()
    {
        Assert.Equal(("fundId", BetterCarePlanRules.OnABetterCareFund), Violation(() => BetterCareFundPlan.Draft(
            _w.Pool(), _w.Agreement, new BetterCarePlanTerms(Y2015, _w.Council.Id, _w.Ccg.Id, 1m, null, null, null,
                [new(_w.Council.Id, "Council", 1m)], null))).Named());
        Assert.Equal(("ccgBodyId", BetterCarePlanRules.Stated), Violation(() => BetterCareFundPlan.Draft(
            _w.BetterCareFund(), _w.Agreement, new BetterCarePlanTerms(Y2015, _w.Council.Id, _w.Council.Id, 1m, null,
                null, null, [new(_w.Council.Id, "Council", 1m)], null))).Named());
        Assert.Equal("bodyId", Violation(() => BetterCareFundPlan.Draft(_w.BetterCareFund(), _w.Agreement,
            new BetterCarePlanTerms(Y2015, _w.Council.Id, _w.Ccg.Id, 1m, null, null, null,
                [new(new Plymouth().Council.Id, "Stranger", 1m)], null))).Field);
    }
}
