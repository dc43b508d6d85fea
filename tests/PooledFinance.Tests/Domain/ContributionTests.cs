using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Contributions;
using PooledFinance.Domain.Funds;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

public class ContributionTests
{
    private static (Plymouth p, Fund pool) Setup()
    {
        var p = new Plymouth();
        return (p, p.Pool());
    }

    private static Contribution CcgContribution(Plymouth p, Fund pool) =>
        Contribution.Propose(p.Agreement, pool, p.Ccg.Id, Y2015, "14/15 outturn (adjusted), patients registered in Plymouth",
            Millions(321m), ContributionSource.RevenueBudget); // P:L298, P:L304

    [Fact]
    public void Plymouth_CCG_321m_is_paid_in_four_equal_quarterly_instalments_P_L304()
    {
        var (p, pool) = Setup();
        var contribution = CcgContribution(p, pool);

        contribution.Agree(new DateOnly(2015, 3, 20), InstalmentFrequency.Quarterly);

        Assert.Equal([Millions(80.25m), Millions(80.25m), Millions(80.25m), Millions(80.25m)], contribution.Instalments.Select(i => i.Amount));
        Assert.Equal([new DateOnly(2015, 4, 1), new DateOnly(2015, 7, 1), new DateOnly(2015, 10, 1), new DateOnly(2016, 1, 1)],
            contribution.Instalments.Select(i => i.DueOn));
        Assert.Contains(contribution.DomainEvents, e => e is ContributionAgreed { Total: 321_000_000m });
    }

    [Fact]
    public void Instalments_are_split_to_the_penny()
    {
        var (p, pool) = Setup();
        var contribution = Contribution.Propose(p.Agreement, pool, p.Council.Id, Y2015, "Illustrative", 100_000.01m, ContributionSource.RevenueBudget);

        contribution.Agree(new DateOnly(2015, 3, 20), InstalmentFrequency.Quarterly);

        Assert.Equal([25_000.01m, 25_000m, 25_000m, 25_000m], contribution.Instalments.Select(i => i.Amount));
    }

    [Fact]
    public void Wirral_public_health_29_9m_monthly_keeps_its_total_W_L386()
    {
        var w = new Wirral();
        var contribution = Contribution.Propose(w.Agreement, w.Pool(), w.Council.Id, Y2018, "DH public health grant", Millions(29.9m), ContributionSource.Grant);

        contribution.Agree(new DateOnly(2018, 3, 1), InstalmentFrequency.Monthly);

        Assert.Equal(12, contribution.Instalments.Count);
        Assert.Equal(Millions(29.9m), contribution.Instalments.Sum(i => i.Amount));
        Assert.Equal(8, contribution.Instalments.Count(i => i.Amount == 2_491_666.67m));
        Assert.Equal(new DateOnly(2019, 3, 1), contribution.Instalments[^1].DueOn);
    }

    [Fact]
    public void Adjustments_are_explicit_lines_on_top_of_the_basis_W_L386()
    {
        var w = new Wirral();
        var contribution = Contribution.Propose(w.Agreement, w.Pool(), w.Council.Id, Y2017, "Social services net budget", Millions(75.8m), ContributionSource.RevenueBudget);

        contribution.Adjust("Additional contingency funding", Millions(2.0m), new DateOnly(2017, 3, 1));

        Assert.Equal(Millions(77.8m), contribution.Total);
        Assert.Equal("Additional contingency funding", Assert.Single(contribution.Adjustments).Description);
    }

    [Fact]
    public void Reserves_never_enter_a_pool_P_L379()
    {
        var (p, pool) = Setup();

        var violation = Seeds.Violation(() => Contribution.Propose(p.Agreement, pool, p.Council.Id, Y2015, "Earmarked reserve", 1_000_000m, ContributionSource.Reserve));

        Assert.Equal((ViolationKind.Forbidden, "source"), (violation.Kind, violation.Field));
        Assert.Equal(("source", ContributionRules.ReservesStayWithTheirPartner), violation.Named());
    }

    [Fact]
    public void An_unknown_partner_or_a_bad_amount_is_refused()
    {
        var (p, pool) = Setup();

        Assert.Equal((ViolationKind.NotFound, "partnerBodyId"), Kind(() => Contribution.Propose(p.Agreement, pool, Guid.NewGuid(), Y2015, "b", 1m, ContributionSource.RevenueBudget)));
        Assert.Equal(("agreementId", FundRules.OfThisAgreement), Seeds.Violation(() => Contribution.Propose(
            p.Agreement, new Wirral().Pool(), p.Ccg.Id, Y2015, "b", 1m, ContributionSource.RevenueBudget)).Named());
        Assert.Equal((ViolationKind.Invalid, "basisAmount"), Kind(() => Contribution.Propose(p.Agreement, pool, p.Ccg.Id, Y2015, "b", -1m, ContributionSource.RevenueBudget)));
        Assert.Equal((ViolationKind.Invalid, "basisAmount"), Kind(() => Contribution.Propose(p.Agreement, pool, p.Ccg.Id, Y2015, "b", 0.001m, ContributionSource.RevenueBudget)));
    }

    [Fact]
    public void A_fractional_penny_adjustment_is_refused_and_leaves_the_contribution_unchanged()
    {
        var (p, pool) = Setup();
        var contribution = CcgContribution(p, pool);

        Assert.Equal("amount", Seeds.Violation(() => contribution.Adjust("x", 0.005m, new DateOnly(2015, 3, 1))).Field);

        Assert.Empty(contribution.Adjustments);
        Assert.Equal(Millions(321m), contribution.Total);
    }

    [Fact]
    public void Receipts_settle_instalments_and_arrears_show_what_is_due_and_unpaid()
    {
        var (p, pool) = Setup();
        var contribution = CcgContribution(p, pool);
        contribution.Agree(new DateOnly(2015, 3, 20), InstalmentFrequency.Quarterly);

        contribution.RecordReceipt("BACS-0401", Millions(80.25m), new DateOnly(2015, 4, 1));

        Assert.Equal(0m, contribution.ArrearsOn(new DateOnly(2015, 6, 30)));
        Assert.Equal(Millions(80.25m), contribution.ArrearsOn(new DateOnly(2015, 7, 2)));
        Assert.Equal(Millions(240.75m), contribution.Outstanding);
    }

    [Fact]
    public void A_receipt_twice_or_above_the_outstanding_balance_is_refused()
    {
        var (p, pool) = Setup();
        var contribution = CcgContribution(p, pool);
        contribution.Agree(new DateOnly(2015, 3, 20), InstalmentFrequency.Quarterly);
        contribution.RecordReceipt("BACS-0401", Millions(80.25m), new DateOnly(2015, 4, 1));

        Assert.Equal(("reference", ContributionRules.ReceiptRecordedOnce),
            Seeds.Violation(() => contribution.RecordReceipt("BACS-0401", 1m, new DateOnly(2015, 4, 2))).Named());
        Assert.Equal(("amount", ContributionRules.ReceiptWithinTheOutstanding), Seeds.Violation(() =>
            contribution.RecordReceipt("BACS-9999", Millions(240.75m) + 0.01m, new DateOnly(2015, 4, 2))).Named());
        Assert.Single(contribution.Receipts);
    }

    [Fact]
    public void A_variation_is_an_explicit_line_re_spread_over_instalments_not_yet_due()
    {
        var (p, pool) = Setup();
        var contribution = CcgContribution(p, pool);
        contribution.Agree(new DateOnly(2015, 3, 20), InstalmentFrequency.Quarterly);

        contribution.Vary("In-year allocation growth", Millions(1m), new DateOnly(2015, 8, 15));

        Assert.Equal([Millions(80.25m), Millions(80.25m), Millions(80.75m), Millions(80.75m)], contribution.Instalments.Select(i => i.Amount));
        Assert.Equal(Millions(322m), contribution.Instalments.Sum(i => i.Amount));
        Assert.True(contribution.Adjustments[0].IsVariation);
        Assert.Contains(contribution.DomainEvents, e => e is ContributionVaried { Total: 322_000_000m });
    }

    [Fact]
    public void An_agreed_contribution_is_varied_not_adjusted()
    {
        var (p, pool) = Setup();
        var contribution = CcgContribution(p, pool);
        contribution.Agree(new DateOnly(2015, 3, 20), InstalmentFrequency.Quarterly);

        Assert.Equal(("status", ContributionRules.AdjustedWhileProposed),
            Seeds.Violation(() => contribution.Adjust("x", 1m, new DateOnly(2015, 4, 1))).Named());
        Assert.Equal(("variedOn", ContributionRules.VariedWhileInstalmentsRemain),
            Seeds.Violation(() => contribution.Vary("x", 1m, new DateOnly(2016, 1, 2))).Named());
        Assert.Equal(("status", ContributionRules.AgreedOnce),
            Seeds.Violation(() => contribution.Agree(new DateOnly(2015, 3, 21), InstalmentFrequency.Monthly)).Named());
    }

    [Fact]
    public void A_proposed_contribution_is_adjusted_and_neither_varied_nor_paid()
    {
        var (p, pool) = Setup();
        var contribution = CcgContribution(p, pool);

        Assert.Equal(("status", ContributionRules.VariedOnceAgreed),
            Seeds.Violation(() => contribution.Vary("x", 1m, new DateOnly(2015, 4, 1))).Named());
        Assert.Equal(("status", ContributionRules.ReceivedWhenAgreed),
            Seeds.Violation(() => contribution.RecordReceipt("BACS-0401", 1m, new DateOnly(2015, 4, 1))).Named());
        Assert.Equal(("amount", ContributionRules.AdjustmentLeavesAContribution),
            Seeds.Violation(() => contribution.Adjust("x", -Millions(321m), new DateOnly(2015, 3, 1))).Named());
        Assert.Equal(("frequency", ContributionRules.InstalmentsByThePeriod),
            Seeds.Violation(() => contribution.Agree(new DateOnly(2015, 3, 20), (InstalmentFrequency)2)).Named());
    }

    private static (ViolationKind, string) Kind(Action act)
    {
        var violation = Seeds.Violation(act);
        return (violation.Kind, violation.Field);
    }
}

public class DebtObligationTests
{
    [Fact]
    public void The_CCG_top_slice_is_held_outside_the_pool_and_repaid_only_by_the_CCG_W_L434()
    {
        var w = new Wirral();
        var topSlice = DebtObligation.Register(w.Agreement, w.Ccg.Id, DebtKind.TopSlice, "NHS England top-slice for pre-2017/18 deficits",
            new FinancialYear(2016), Millions(9.8m));

        var violation = Seeds.Violation(() => topSlice.Repay(w.Council.Id, Millions(1m), new DateOnly(2018, 6, 1)));
        Assert.Equal(("payerBodyId", DebtRules.RepaidByItsOwner), violation.Named());
        Assert.Empty(topSlice.Repayments);

        topSlice.Repay(w.Ccg.Id, Millions(1m), new DateOnly(2018, 6, 1));
        Assert.Equal(Millions(8.8m), topSlice.Outstanding);
        Assert.Equal(("amount", DebtRules.RepaymentWithinTheOutstanding), Seeds.Violation(() =>
            topSlice.Repay(w.Ccg.Id, Millions(8.8m) + 0.01m, new DateOnly(2018, 7, 1))).Named());
    }

    [Fact]
    public void A_surplus_share_pays_the_debt_first_and_the_rest_stays_with_the_owner_W_L434()
    {
        var w = new Wirral();
        var debt = DebtObligation.Register(w.Agreement, w.Ccg.Id, DebtKind.TopSlice, "Top-slice", new FinancialYear(2016), Millions(9.8m));

        var applied = debt.ApplySurplus(Guid.NewGuid(), Millions(10m), new DateOnly(2019, 6, 30));

        Assert.Equal(Millions(9.8m), applied);
        Assert.True(debt.IsRepaid);
        Assert.Equal(RepaymentSource.SurplusShare, debt.Repayments[0].Source);
    }

    [Fact]
    public void A_debt_belongs_to_a_partner()
    {
        var w = new Wirral();

        Assert.Equal("ownerBodyId", Seeds.Violation(() =>
            DebtObligation.Register(w.Agreement, Guid.NewGuid(), DebtKind.PriorYearDeficit, "x", new FinancialYear(2016), 1m)).Field);
    }
}
