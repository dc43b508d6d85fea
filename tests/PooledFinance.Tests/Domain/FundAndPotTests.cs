using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.BetterCare;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

public class FundAndPotTests
{
    private static readonly RiskAssessment Assessed = new("ICH-RA-01", "ICH finance lead", new DateOnly(2018, 2, 1));

    /// <summary>W:606-611, 2017/18 (£m). Public Health is a council function, so its lines belong to the council.</summary>
    private static List<BudgetLine> WirralPots(Wirral w) =>
    [
        BudgetLine.Create(w.Council.Id, Y2017, "ASC-A", "Council adult social care", Pot.A, Millions(73.9m)),
        BudgetLine.Create(w.Council.Id, Y2017, "ASC-D", "Council safeguarding", Pot.D, Millions(5.2m)),
        BudgetLine.Create(w.Ccg.Id, Y2017, "CCG-A", "CCG commissioning", Pot.A, Millions(420.2m)),
        BudgetLine.Create(w.Ccg.Id, Y2017, "CCG-B", "CCG not pooled", Pot.B, Millions(73.2m)),
        BudgetLine.Create(w.Ccg.Id, Y2017, "CCG-C", "Jointly commissioned with NHS England", Pot.C, Millions(0.2m)),
        BudgetLine.Create(w.Ccg.Id, Y2017, "CCG-D", "CCG safeguarding", Pot.D, Millions(15.7m)),
        BudgetLine.Create(w.Council.Id, Y2017, "PH-A", "Public health", Pot.A, Millions(25.6m)),
        BudgetLine.Create(w.Council.Id, Y2017, "PH-D", "Public health retained", Pot.D, Millions(4.3m)),
    ];

    [Fact]
    public void Wirral_pot_table_pools_519_7m_of_618_3m_W_L606()
    {
        var w = new Wirral();

        var table = PotTable.From(WirralPots(w));

        Assert.Equal(Millions(519.7m), table.Poolable);
        Assert.Equal(Millions(618.3m), table.GrandTotal);
        var ccg = table.Rows.Single(r => r.OwnerBodyId == w.Ccg.Id);
        Assert.Equal(Millions(509.3m), ccg.Total); // W:392 allocation
        // W:225 "£109m" is council + public health including Pot D; only £99.5m of it is Pot A.
        var council = table.Rows.Single(r => r.OwnerBodyId == w.Council.Id);
        Assert.Equal((Millions(109.0m), Millions(99.5m)), (council.Total, council.A));
    }

    [Fact]
    public void Only_pot_A_lines_enter_the_pool_and_they_add_up_to_519_7m_W_L615()
    {
        var w = new Wirral();
        var pool = w.Pool();
        var lines = WirralPots(w);

        foreach (var line in lines.Where(l => l.Pot == Pot.A)) line.MoveIntoPool(pool, Assessed);

        Assert.Equal(Millions(519.7m), lines.Where(l => l.FundId == pool.Id).Sum(l => l.Amount));
        Assert.All(lines.Where(l => l.FundId == pool.Id), l => Assert.Equal(Assessed, l.RiskAssessment));
    }

    [Fact]
    public void A_pot_D_line_is_never_pooled_W_L618()
    {
        var w = new Wirral();
        var safeguarding = BudgetLine.Create(w.Ccg.Id, Y2017, "CCG-D", "CCG safeguarding", Pot.D, Millions(15.7m));

        var violation = Seeds.Violation(() => safeguarding.MoveIntoPool(w.Pool(), Assessed));

        Assert.Equal((ViolationKind.Forbidden, "pot"), (violation.Kind, violation.Field));
        Assert.Equal(("pot", BudgetLineRules.PotDStaysWithItsBody), violation.Named());
        Assert.Null(safeguarding.FundId);
        Assert.Null(safeguarding.RiskAssessment);
    }

    [Fact]
    public void A_pot_C_line_is_pooled_only_after_a_recorded_change_in_legislation_W_L617()
    {
        var w = new Wirral();
        var pool = w.Pool();
        var nhse = BudgetLine.Create(w.Ccg.Id, Y2017, "CCG-C", "Jointly commissioned with NHS England", Pot.C, Millions(0.2m));

        Assert.Equal(("pot", BudgetLineRules.PotCAfterLegislation),
            Seeds.Violation(() => nhse.MoveIntoPool(pool, Assessed)).Named());
        Assert.Null(nhse.FundId);

        nhse.RecordLegislationChange(new LegislationChange("Commencement order (illustrative)", new DateOnly(2019, 4, 1)));
        nhse.MoveIntoPool(pool, Assessed);
        Assert.Equal(pool.Id, nhse.FundId);
    }

    [Fact]
    public void A_pot_B_line_must_be_reclassified_to_A_before_it_is_pooled_W_L616()
    {
        var w = new Wirral();
        var pool = w.Pool();
        var line = BudgetLine.Create(w.Ccg.Id, Y2017, "CCG-B", "CCG not pooled", Pot.B, Millions(73.2m));

        Assert.Equal(("pot", BudgetLineRules.PotBReclassifiedFirst),
            Seeds.Violation(() => line.MoveIntoPool(pool, Assessed)).Named());

        line.Reclassify(Pot.A);
        line.MoveIntoPool(pool, Assessed);
        Assert.Equal(pool.Id, line.FundId);
        Assert.Equal(("pot", BudgetLineRules.PooledLineKeepsItsPot),
            Seeds.Violation(() => line.Reclassify(Pot.B)).Named());
    }

    [Fact]
    public void Moving_a_line_into_a_pool_needs_a_recorded_risk_assessment_W_L620()
    {
        var w = new Wirral();
        var line = BudgetLine.Create(w.Council.Id, Y2017, "CH-A", "Children's commissioning", Pot.A, Millions(1m));

        Assert.Equal("riskAssessment", Seeds.Violation(() => line.MoveIntoPool(w.Pool(), new RiskAssessment("", "x", new DateOnly(2018, 1, 1)))).Field);
        Assert.Null(line.FundId);
    }

    [Fact]
    public void An_aligned_fund_holds_no_monies_so_lines_are_aligned_not_pooled_S_L106()
    {
        var w = new Wirral();
        var aligned = Fund.Create(w.Agreement, "Aligned mental health", FundKind.Aligned, w.Ccg.Id, "Lead", VatModel.Agent);
        var line = BudgetLine.Create(w.Ccg.Id, Y2017, "MH", "Mental health", Pot.B, Millions(10m));
        var safeguarding = BudgetLine.Create(w.Ccg.Id, Y2017, "SG", "Safeguarding", Pot.D, Millions(1m));

        Assert.Equal(("fundId", FundRules.AlignedFundHoldsNoMonies),
            Seeds.Violation(() => line.MoveIntoPool(aligned, Assessed)).Named());
        line.AlignWith(aligned);

        Assert.Equal(aligned.Id, line.FundId);
        Assert.Equal(("fundId", BudgetLineRules.InOneFund), Seeds.Violation(() => line.AlignWith(aligned)).Named());
        Assert.Equal(("fundId", BudgetLineRules.AlignedOnlyWithAnAlignedFund),
            Seeds.Violation(() => safeguarding.AlignWith(w.Pool())).Named());
        Assert.Equal(("pot", BudgetLineRules.PotDStaysWithItsBody),
            Seeds.Violation(() => safeguarding.AlignWith(aligned)).Named());
        Assert.Equal(("kind", FundRules.AlignedFundHoldsNoMonies),
            Seeds.Violation(() => aligned.HoldContingency(Y2017, 1m)).Named());
    }

    [Fact]
    public void A_budget_line_with_a_negative_or_fractional_penny_amount_is_refused()
    {
        var w = new Wirral();

        Assert.Equal("amount", Seeds.Violation(() => BudgetLine.Create(w.Ccg.Id, Y2017, "X", "X", Pot.A, -1m)).Field);
        Assert.Equal("amount", Seeds.Violation(() => BudgetLine.Create(w.Ccg.Id, Y2017, "X", "X", Pot.A, 10.005m)).Field);
    }

    [Fact]
    public void The_host_must_be_a_partner_and_each_fund_has_its_own_host_P_L431()
    {
        var w = new Wirral();

        var bcf = Fund.Create(w.Agreement, "BCF", FundKind.BetterCareFund, w.Ccg.Id, "CCG finance", VatModel.LeadCommissioner);

        Assert.Equal(w.Ccg.Id, bcf.HostBodyId);
        Assert.Equal(w.Council.Id, w.Pool().HostBodyId);
        Assert.Equal("hostBodyId", Seeds.Violation(() =>
            Fund.Create(w.Agreement, "BCF", FundKind.BetterCareFund, Guid.NewGuid(), "x", VatModel.Agent)).Field);
    }

    [Fact]
    public void Wirral_BCF_states_47_9m_against_contributions_of_22_5m_and_25_5m_W_L398()
    {
        var w = new Wirral();
        var bcf = w.BetterCareFund();
        bcf.RollInGrant(w.Agreement, GrantKind.ImprovedBetterCareFund, w.Council.Id, Y2017, Millions(1m)); // iBCF (amount illustrative)
        bcf.RollInGrant(w.Agreement, GrantKind.DisabledFacilitiesGrant, w.Council.Id, Y2017, Millions(1m)); // DFG (amount illustrative)

        var check = new Reconciliation().Sum("Wirral BCF 2017/18", Millions(47.9m), [Millions(22.5m), Millions(25.5m)]);

        var discrepancy = Assert.Single(check.Discrepancies);
        Assert.Equal(-Millions(0.1m), discrepancy.Difference);
        Assert.Equal(2, bcf.Grants.Count);
    }

    [Fact]
    public void Grants_roll_into_a_BCF_only_and_to_a_partner()
    {
        var w = new Wirral();

        Assert.Equal(("kind", FundRules.GrantsRolledIntoABcf), Seeds.Violation(() => w.Pool().RollInGrant(w.Agreement,
            GrantKind.DisabledFacilitiesGrant, w.Council.Id, Y2017, 1m)).Named());
        Assert.Equal("recipientBodyId", Seeds.Violation(() => w.BetterCareFund().RollInGrant(w.Agreement, GrantKind.DisabledFacilitiesGrant, Guid.NewGuid(), Y2017, 1m)).Field);
    }

    [Fact]
    public void The_BCF_needs_the_ccg_3_percent_and_the_56m_local_minimum_S_L22_S_L29()
    {
        // S:22's 3% applied to Wirral CCG's £509.3m allocation (W:392) gives £15.279m; its £25.5m BCF share (W:398) exceeds it.
        Assert.Equal(Millions(15.279m), BetterCareFundMinimum.CcgTransfer(Millions(509.3m)));
        Assert.True(Millions(25.5m) >= BetterCareFundMinimum.CcgTransfer(Millions(509.3m)));

        BetterCareFundMinimum.RequireMinimum(Millions(56m), Millions(56m));
        var violation = Seeds.Violation(() => BetterCareFundMinimum.RequireMinimum(Millions(55.9m), Millions(56m)));
        Assert.Equal(("planTotal", BetterCarePlanRules.LocalMinimumMet), violation.Named());
        Assert.Equal(Millions(0.1m), BetterCareFundMinimum.Shortfall(Millions(55.9m), Millions(56m)));
    }

    [Fact]
    public void A_contingency_is_held_inside_the_pool_and_drawn_only_for_its_purposes_P_L379()
    {
        var p = new Plymouth();
        var pool = p.Pool();
        pool.HoldContingency(Y2015, 500_000m);

        pool.DrawContingency(Y2015, ContingencyPurpose.UnforeseenDemand, "Winter pressures", 300_000m, new DateOnly(2016, 1, 10));

        Assert.Equal(200_000m, pool.ContingencyRemaining(Y2015));
        Assert.Equal(("amount", FundRules.ContingencyDrawnWithinWhatRemains), Seeds.Violation(() =>
            pool.DrawContingency(Y2015, ContingencyPurpose.Innovation, "Pilot", 200_000.01m, new DateOnly(2016, 2, 1)))
            .Named());
        Assert.Equal(("drawnOn", FundRules.ContingencyDrawnInItsYear), Seeds.Violation(() =>
            pool.DrawContingency(Y2015, ContingencyPurpose.Innovation, "Pilot", 1m, new DateOnly(2016, 4, 1))).Named());
        Assert.Equal(("amount", FundRules.ContingencyCoversItsDrawdowns),
            Seeds.Violation(() => pool.HoldContingency(Y2015, 299_999.99m)).Named());
        Assert.Single(pool.Drawdowns);
    }
}

public class VatTests
{
    [Fact]
    public void Lead_commissioner_model_recovers_under_the_hosts_regime_W_L682()
    {
        var w = new Wirral();
        var pool = w.Pool(VatModel.LeadCommissioner);

        Assert.Equal(w.Council.Id, pool.VatRecoveredBy(w.Ccg.Id));
        Assert.False(pool.ManagementChargeBearsVat);
    }

    [Fact]
    public void Agent_model_recovers_under_the_principals_regime_and_charges_VAT_on_management_W_L683_L685()
    {
        var w = new Wirral();
        var pool = w.Pool(VatModel.Agent);

        Assert.Equal(w.Ccg.Id, pool.VatRecoveredBy(w.Ccg.Id));
        Assert.True(pool.ManagementChargeBearsVat);
    }

    [Theory]
    [InlineData(50_000, true)]
    [InlineData(50_000.01, false)]
    public void A_council_recovers_all_VAT_within_the_5_percent_de_minimis_W_L693(decimal exemptVat, bool within)
    {
        Assert.Equal(within, PartialExemption.IsWithinDeMinimis(exemptVat, 1_000_000m));
    }

    [Fact]
    public void The_de_minimis_test_takes_input_VAT_above_zero_and_exempt_VAT_within_it_W_L693()
    {
        Assert.Equal(("totalInputVat", FundRules.DeMinimisTestFigures),
            Seeds.Violation(() => PartialExemption.IsWithinDeMinimis(0m, 0m)).Named());
        Assert.Equal(("exemptInputVat", FundRules.DeMinimisTestFigures),
            Seeds.Violation(() => PartialExemption.IsWithinDeMinimis(2m, 1m)).Named());
    }
}
