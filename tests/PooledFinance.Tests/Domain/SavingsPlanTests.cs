using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Savings;
using PooledFinance.Domain.SeedWork;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// Issue 16 item 6: savings and QIPP plans per body and year (WF-7), on Wirral's figures
/// (A_wirral_staffs.md BR-26 to BR-32; W:427, W:428, W:666).
/// </summary>
public class SavingsPlanTests
{
    private readonly Wirral _w = new();
    private static readonly FinancialYear Y2016 = new(2016);

    private SavingsPlan CouncilEfficiency2017(decimal budget = 77_800_000m, decimal? stated = 4.4m) =>
        SavingsPlan.Set(_w.Partnership, _w.Council.Id, Y2017, SavingsProgramme.Efficiency, Millions(3.4m),
            budget, stated);

    [Fact]
    public void The_council_requirement_is_4_4_percent_of_its_77_8m_net_budget_and_the_CCG_2_4_percent_of_509_3m()
    {
        // BR-26 (W:427): 3.4 / 77.8 = 4.37% -> 4.4%; BR-28 (W:428): 12.3 / 509.3 = 2.415% -> 2.4%.
        var council = CouncilEfficiency2017();
        var ccg = SavingsPlan.Set(_w.Partnership, _w.Ccg.Id, Y2017, SavingsProgramme.Qipp, Millions(12.3m),
            Millions(509.3m), 2.4m);
        Assert.Equal((4.4m, 2.4m), (council.PercentageOfBudget, ccg.PercentageOfBudget));
        Assert.Empty(council.Findings);
        Assert.Empty(ccg.Findings);
    }

    [Fact]
    public void A_stated_percentage_on_another_base_is_flagged_not_corrected()
    {
        // BR-26: on the pot table's 79.1 the same £3.4m would be 4.30%, not the stated 4.4%.
        var plan = CouncilEfficiency2017(Millions(79.1m));
        var finding = Assert.Single(plan.Findings);
        Assert.Equal("statedPercentage", finding.Field);
        Assert.Contains("4.3%", finding.Message);
        Assert.Equal(4.4m, plan.StatedPercentage);
    }

    [Fact]
    public void Identified_and_yet_to_be_identified_that_overshoot_the_requirement_await_a_decision()
    {
        // BR-32 (W:666): £2.2m identified + £1.9m yet to be identified = £4.1m, not BR-26's £3.4m (W §8 item 6).
        var plan = CouncilEfficiency2017();
        plan.Identify("Partnership efficiencies with the CCG and rebalancing of package funding", Millions(2.2m),
            isOneOff: false);
        plan.StateYetToBeIdentified(Millions(1.9m));
        var finding = Assert.Single(plan.Findings);
        Assert.Equal("yetToBeIdentified", finding.Field);
        Assert.Contains("£4,100,000", finding.Message);

        plan.RecordDecision(new SavingsDecision("Social care only; the £1.9m includes children's", new(2017, 6, 1),
            _w.Council.Id), _w.Partnership);
        Assert.NotNull(plan.Decision);
    }

    [Fact]
    public void The_CCG_2016_17_QIPP_of_8_8m_delivered_3_8m_and_closes_missed_by_5_0m()
    {
        // BR-29 (W:428): target £8.8m, missed by £5.0m, so £3.8m delivered.
        var qipp = SavingsPlan.Set(_w.Partnership, _w.Ccg.Id, Y2016, SavingsProgramme.Qipp, Millions(8.8m),
            Millions(509.3m), null);
        var programme = qipp.Identify("QIPP programme 2016/17", Millions(8.8m), isOneOff: false);
        qipp.RecordDelivery(programme.Id, Millions(3.8m));
        qipp.ClearDomainEvents();

        qipp.CloseYear(Y2016, new DateOnly(2017, 4, 1));

        Assert.Equal((SavingsPlanStatus.Missed, Millions(5.0m)), (qipp.Status, qipp.Shortfall));
        var shortfall = Assert.IsType<SavingsShortfallDetected>(Assert.Single(qipp.DomainEvents));
        Assert.Equal((Millions(8.8m), Millions(3.8m), Millions(5.0m)),
            (shortfall.Requirement, shortfall.Delivered, shortfall.Shortfall));
    }

    [Fact]
    public void One_off_savings_do_not_count_towards_the_recurrent_requirement()
    {
        // BR-27 (W:427): one-off savings of £2.6m (2015/16) "were required to support savings"; they cannot
        // count towards recurrent targets.
        var plan = CouncilEfficiency2017();
        var recurrent = plan.Identify("Recurrent package rebalancing", Millions(2.2m), isOneOff: false);
        var oneOff = plan.Identify("One-off reserves", Millions(2.6m), isOneOff: true);
        plan.RecordDelivery(recurrent.Id, Millions(2.2m));
        plan.RecordDelivery(oneOff.Id, Millions(2.6m));

        plan.CloseYear(Y2017, new DateOnly(2018, 4, 1));

        Assert.Equal((SavingsPlanStatus.Missed, Millions(1.2m), Millions(2.6m)),
            (plan.Status, plan.Shortfall, plan.OneOffDelivered));
    }

    [Fact]
    public void Bad_figures_are_refused_naming_the_field()
    {
        Assert.Equal(("bodyId", SavingsRules.PartnersOwn),
            Violation(() => SavingsPlan.Set(new Plymouth().Partnership, _w.Council.Id, Y2017,
                SavingsProgramme.Efficiency, Millions(3.4m), Millions(77.8m), null)).Named());
        Assert.Equal(("requirement", SavingsRules.WithinTheBudget),
            Violation(() => SavingsPlan.Set(_w.Partnership, _w.Council.Id, Y2017, SavingsProgramme.Efficiency,
                Millions(80m), Millions(77.8m), null)).Named());
        Assert.Equal(("budgetBase", AmountRules.AboveZero),
            Violation(() => SavingsPlan.Set(_w.Partnership, _w.Council.Id, Y2017, SavingsProgramme.Efficiency,
                Millions(3.4m), 0m, null)).Named());
        var plan = CouncilEfficiency2017();
        var saving = plan.Identify("Rebalancing", Millions(2.2m), isOneOff: false);
        Assert.Equal(("delivered", SavingsRules.DeliveredWithinIdentified),
            Violation(() => plan.RecordDelivery(saving.Id, Millions(2.3m))).Named());
        Assert.Equal(("amount", AmountRules.WholePence),
            Violation(() => plan.Identify("Half a penny", 0.005m, false)).Named());
        Assert.Equal(("decision", SavingsRules.DecidedOnFindings),
            Violation(() => plan.RecordDecision(new SavingsDecision("Nothing to decide", new(2017, 6, 1),
                _w.Council.Id), _w.Partnership)).Named());
        Assert.Equal(("financialYear", SavingsRules.ClosedAfterItsYear),
            Violation(() => plan.CloseYear(Y2017, new DateOnly(2018, 3, 31))).Named());
        Assert.Equal(("financialYear", SavingsRules.ClosedAfterItsYear),
            Violation(() => plan.CloseYear(Y2018, new DateOnly(2019, 4, 1))).Named());
        plan.CloseYear(Y2017, new DateOnly(2018, 4, 1));
        Assert.Equal(("status", SavingsRules.InDelivery), Violation(() => plan.Identify("Late", 1m, false)).Named());
    }
}
