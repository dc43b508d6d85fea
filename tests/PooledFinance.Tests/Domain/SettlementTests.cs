using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Contributions;
using PooledFinance.Domain.SeedWork;
using PooledFinance.Domain.Settlement;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

public class SettlementTests
{
    private static readonly DateOnly YearEnd = new(2016, 4, 30);

    private static SettlementInputs PlymouthInputs(Plymouth p, params SettlementItem[] items) => new(items,
        [new PartnerAmount(p.Ccg.Id, Millions(321m)), new PartnerAmount(p.Council.Id, Millions(100m))], []); // P:L304

    private static FixedSplit WorkingSplit(Plymouth p) =>
        new([new PartnerAmount(p.Ccg.Id, 75m), new PartnerAmount(p.Council.Id, 25m)]); // P:L386

    private static decimal ShareOf(RiskShareSettlement s, Guid body) => s.PartnerShares.Single(x => x.PartnerBodyId == body).Amount;

    [Fact]
    public void Shares_in_proportion_to_actual_contributions_321m_and_100m_P_L386()
    {
        var p = new Plymouth();
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(new ProportionalToContributions()));

        // The 2015/16 planned deficit of £12,442k (P:L320) treated as the year's overspend.
        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015,
            PlymouthInputs(p, new SettlementItem("Pool overspend", Thousands(12_442m))), [], YearEnd);

        Assert.Equal(9_486_655.58m, ShareOf(settlement, p.Ccg.Id));
        Assert.Equal(2_955_344.42m, ShareOf(settlement, p.Council.Id));
        Assert.Equal(Thousands(12_442m), settlement.PartnerShares.Sum(s => s.Amount));
        Assert.Contains(settlement.DomainEvents, e => e is SettlementCalculated);
    }

    [Fact]
    public void The_fixed_working_split_is_75_25_P_L386()
    {
        var p = new Plymouth();
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(WorkingSplit(p)));

        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015,
            PlymouthInputs(p, new SettlementItem("Pool overspend", Thousands(12_442m))), [], YearEnd);

        Assert.Equal((9_331_500m, 3_110_500m), (ShareOf(settlement, p.Ccg.Id), ShareOf(settlement, p.Council.Id)));
    }

    [Theory]
    [InlineData("1000000.01")]
    [InlineData("-0.01")]
    [InlineData("12442000.03")]
    public void Shares_always_add_up_to_the_variance_to_the_penny(string variance)
    {
        var p = new Plymouth();
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(new ProportionalToContributions()));
        var amount = decimal.Parse(variance, System.Globalization.CultureInfo.InvariantCulture);

        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015,
            PlymouthInputs(p, new SettlementItem("a", amount), new SettlementItem("b", 0.01m)), [], YearEnd);

        Assert.Equal(amount + 0.01m, settlement.PartnerShares.Sum(s => s.Amount));
        Assert.All(settlement.Lines, l => Assert.Equal(l.Amount, l.Shares.Sum(s => s.Amount)));
    }

    [Fact]
    public void Treasury_income_is_shared_75_25_and_the_transformation_pot_50_50_whatever_the_pool_rule_P_L387_L940()
    {
        var p = new Plymouth();
        var halves = new FixedSplit([new PartnerAmount(p.Ccg.Id, 50m), new PartnerAmount(p.Council.Id, 50m)]);
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(new ProportionalToContributions(), WorkingSplit(p), halves));

        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, PlymouthInputs(p,
            new SettlementItem("Treasury income", -100_000m, VarianceCategory.TreasuryIncome),
            new SettlementItem("Transformation pot overspend", 30_000m, VarianceCategory.TransformationPot)), [], YearEnd);

        Assert.Equal(-75_000m + 15_000m, ShareOf(settlement, p.Ccg.Id));
        Assert.Equal(-25_000m + 15_000m, ShareOf(settlement, p.Council.Id));
    }

    [Fact]
    public void Opening_deficits_are_shown_but_never_shared_P_L371()
    {
        var p = new Plymouth();
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(WorkingSplit(p)));
        var inputs = PlymouthInputs(p, new SettlementItem("Pool overspend", 1_000_000m)) with
        {
            OpeningDeficits = [new OpeningDeficit(p.Ccg.Id, "CCG deficit at 1 April 2015 (illustrative)", 5_000_000m)],
        };

        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, inputs, [], YearEnd);

        Assert.Equal((750_000m, 250_000m), (ShareOf(settlement, p.Ccg.Id), ShareOf(settlement, p.Council.Id)));
        Assert.Equal(1_000_000m, settlement.SharedTotal);
        Assert.Contains(settlement.Arithmetic(), line => line.StartsWith("Opening deficit not shared"));
    }

    [Fact]
    public void A_deficit_the_variance_includes_is_charged_to_its_owner_and_only_the_rest_is_shared_P_L371_L386()
    {
        // 2015/16: the overspend against the RRL, £26,742k, includes the planned deficit of £12,442k (P:L320,
        // FIN-16/17). Decision (C §8 point 3): the planned deficit is the CCG's deficit at the start (RS-02).
        var p = new Plymouth();
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(WorkingSplit(p)));
        var overRrl = new SettlementItem("Over spend vs revenue resource limit", Thousands(26_742m));
        var inputs = PlymouthInputs(p, overRrl) with
        {
            OpeningDeficits =
                [new OpeningDeficit(p.Ccg.Id, "Planned deficit 2015/16", Thousands(12_442m), InVariance: true)],
        };

        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, inputs, [], YearEnd);

        // 14,300k (the IHWB benefits gap) shared 75/25: 10,725k and 3,575k; the CCG also bears its 12,442k.
        Assert.Equal(Thousands(10_725m + 12_442m), ShareOf(settlement, p.Ccg.Id));
        Assert.Equal(Thousands(3_575m), ShareOf(settlement, p.Council.Id));
        Assert.Equal(Thousands(26_742m), settlement.PartnerShares.Sum(s => s.Amount));
        Assert.Contains("Pool variance 26,742,000.00 less opening deficits 12,442,000.00 = 14,300,000.00 to share",
            settlement.Arithmetic());
        Assert.Contains(settlement.Arithmetic(), l => l.StartsWith("Opening deficit charged wholly to its owner"));
        Assert.DoesNotContain(settlement.Arithmetic(), l => l.StartsWith("Opening deficit not shared"));
    }

    [Fact]
    public void Wirral_keeps_non_recurring_social_care_pressures_with_the_council_and_shares_recurring_ones_W_L433()
    {
        var w = new Wirral();
        w.Agreement.ChooseSettlementTerms(new SettlementTerms(new NonRecurringSocialCareWithCouncil(w.Council.Id, new ProportionalToContributions())));
        // Recurring shared on Pot A contributions: council + public health 99.5, CCG 420.2 (W:606-611).
        var inputs = new SettlementInputs(
            [
                new SettlementItem("Savings yet to be identified (W:666)", Millions(1.9m), Recurring: false, SocialCare: true),
                new SettlementItem("Recurring social care pressure (W:433)", Millions(3.9m), Recurring: true, SocialCare: true),
            ],
            [new PartnerAmount(w.Council.Id, Millions(99.5m)), new PartnerAmount(w.Ccg.Id, Millions(420.2m))], []);

        var settlement = RiskShareSettlement.Calculate(w.Agreement, w.Pool(), Y2018, inputs, [], new DateOnly(2019, 4, 30));

        Assert.Equal(Millions(1.9m) + 746_680.78m, ShareOf(settlement, w.Council.Id));
        Assert.Equal(3_153_319.22m, ShareOf(settlement, w.Ccg.Id));
        Assert.Equal(Millions(5.8m), settlement.PartnerShares.Sum(s => s.Amount));
    }

    [Fact]
    public void A_line_can_carry_a_fixed_or_a_variable_share_profile()
    {
        var p = new Plymouth();
        var acute = Guid.NewGuid();
        var staffing = Guid.NewGuid();
        var even = new[] { new PartnerAmount(p.Ccg.Id, 50m), new PartnerAmount(p.Council.Id, 50m) };
        var mostlyCcg = new[] { new PartnerAmount(p.Ccg.Id, 75m), new PartnerAmount(p.Council.Id, 25m) };
        var profiles = new LineShareProfiles(
            [
                new LineProfile(acute, new ShareProfile([new ShareBand(1_000_000m, even), new ShareBand(null, mostlyCcg)])),
                new LineProfile(staffing, ShareProfile.Fixed(even)),
            ],
            WorkingSplit(p));
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(profiles));

        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, PlymouthInputs(p,
            new SettlementItem("Acute", 3_000_000m, BudgetLineId: acute),
            new SettlementItem("Staffing", -200_000m, BudgetLineId: staffing),
            new SettlementItem("Other", 400_000m)), [], YearEnd);

        // Acute: first £1m 50/50, next £2m 75/25; staffing underspend 50/50; other 75/25.
        Assert.Equal(500_000m + 1_500_000m - 100_000m + 300_000m, ShareOf(settlement, p.Ccg.Id));
        Assert.Equal(500_000m + 500_000m - 100_000m + 100_000m, ShareOf(settlement, p.Council.Id));
        Assert.Equal(4, settlement.Lines.Count);
    }

    [Fact]
    public void A_variable_profile_slices_an_underspend_through_the_same_bands()
    {
        var ccg = Guid.NewGuid();
        var council = Guid.NewGuid();
        var profile = new ShareProfile([
            new ShareBand(1_000_000m, [new PartnerAmount(ccg, 50m), new PartnerAmount(council, 50m)]),
            new ShareBand(null, [new PartnerAmount(ccg, 75m), new PartnerAmount(council, 25m)]),
        ]);

        Assert.Equal([-1_000_000m, -500_000m], profile.Slice(-1_500_000m).Select(s => s.part));
        Assert.Equal(("bands", SettlementRules.ProfileBandsRise),
            Seeds.Violation(() => new ShareProfile([new ShareBand(5m, [new PartnerAmount(ccg, 100m)])])).Named());
    }

    [Fact]
    public void A_partners_surplus_share_is_applied_first_to_its_own_debt_W_L434()
    {
        var w = new Wirral();
        w.Agreement.ChooseSettlementTerms(new SettlementTerms(new ProportionalToContributions()));
        var topSlice = DebtObligation.Register(w.Agreement, w.Ccg.Id, DebtKind.TopSlice, "NHS England top-slice", new FinancialYear(2016), Millions(9.8m));
        var inputs = new SettlementInputs([new SettlementItem("Pool underspend (illustrative)", -Millions(5m))],
            [new PartnerAmount(w.Council.Id, Millions(99.5m)), new PartnerAmount(w.Ccg.Id, Millions(420.2m))], []);

        var settlement = RiskShareSettlement.Calculate(w.Agreement, w.Pool(), Y2018, inputs, [topSlice], new DateOnly(2019, 4, 30));

        Assert.Equal(-4_042_716.95m, ShareOf(settlement, w.Ccg.Id));
        var application = Assert.Single(settlement.DebtApplications);
        Assert.Equal((topSlice.Id, 4_042_716.95m), (application.DebtObligationId, application.Amount));
        Assert.Equal(0m, settlement.NetToPartner(w.Ccg.Id));
        Assert.Equal(-957_283.05m, settlement.NetToPartner(w.Council.Id));
        Assert.Equal(Millions(9.8m), topSlice.Outstanding); // nothing moves until approval

        settlement.Approve(w.Agreement, w.JointBoardDecision("Approve 2018/19 settlement", new DateOnly(2019, 5, 15)), [topSlice]);

        Assert.Equal(Millions(9.8m) - 4_042_716.95m, topSlice.Outstanding);
        Assert.Equal(SettlementStatus.Approved, settlement.Status);
        Assert.Contains(settlement.DomainEvents, e => e is SettlementApproved);
    }

    [Fact]
    public void Approval_needs_delegation_from_every_partner_and_happens_once()
    {
        var p = new Plymouth();
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(WorkingSplit(p)));
        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, PlymouthInputs(p, new SettlementItem("x", 1m)), [], YearEnd);
        var councilOnly = new JointDecision("Joint Board", "Approve", YearEnd, [new Delegation(p.Council.Id, "Cabinet")]);

        Assert.Equal(ViolationKind.Forbidden, Seeds.Violation(() => settlement.Approve(p.Agreement, councilOnly, [])).Kind);
        Assert.Equal(SettlementStatus.Calculated, settlement.Status);

        settlement.Approve(p.Agreement, p.JointBoardDecision("Approve", YearEnd), []);
        Assert.Equal(("status", SettlementRules.Undecided),
            Seeds.Violation(() => settlement.Approve(p.Agreement, p.JointBoardDecision("Again", YearEnd), [])).Named());
    }

    [Fact]
    public void The_arithmetic_shows_every_step()
    {
        var p = new Plymouth();
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(WorkingSplit(p)));

        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, PlymouthInputs(p, new SettlementItem("Pool overspend", 1_000_000m)), [], YearEnd);

        Assert.Equal(["Pool: 1 variance line(s): 1,000,000.00 shared on Fixed split 75% : 25% = 750,000.00 + 250,000.00"], settlement.Arithmetic());
        Assert.Equal("Fixed split 75% : 25%", settlement.Rule);
    }

    [Fact]
    public void Settlement_needs_terms_and_partner_inputs_and_whole_pence()
    {
        var p = new Plymouth();
        Assert.Equal(("settlementTerms", SettlementRules.TermsChosen),
            Seeds.Violation(() => RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, PlymouthInputs(p,
                new SettlementItem("x", 1m)), [], YearEnd)).Named());

        p.Agreement.ChooseSettlementTerms(new SettlementTerms(new ProportionalToContributions()));
        Assert.Equal(("items", AmountRules.WholePence),
            Seeds.Violation(() => RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, PlymouthInputs(p,
                new SettlementItem("x", 0.001m)), [], YearEnd)).Named());
        var stranger = new SettlementInputs([new SettlementItem("x", 1m)], [new PartnerAmount(Guid.NewGuid(), 1m)], []);
        Assert.Equal(ViolationKind.NotFound, Seeds.Violation(() =>
            RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, stranger, [], YearEnd)).Kind);
    }

    [Fact]
    public void Terms_naming_a_non_partner_or_percentages_not_adding_to_100_are_refused()
    {
        var p = new Plymouth();

        Assert.Equal(ViolationKind.NotFound, Seeds.Violation(() => p.Agreement.ChooseSettlementTerms(new SettlementTerms(
            new FixedSplit([new PartnerAmount(p.Ccg.Id, 75m), new PartnerAmount(Guid.NewGuid(), 25m)])))).Kind);
        Assert.Equal(("percentages", SettlementRules.SplitWhole),
            Seeds.Violation(() => new FixedSplit([new PartnerAmount(p.Ccg.Id, 75m),
                new PartnerAmount(p.Council.Id, 24m)])).Named());
        Assert.Null(p.Agreement.SettlementTerms);
    }
}
