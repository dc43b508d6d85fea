using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Funds;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// W's scope change (WF-9) on the CCG's row of the pot table (W:606-611, BR-04): its £73.2m Pot B (W:616, BR-07)
/// and its £0.2m Pot C, jointly commissioned with NHS England (W:617, BR-08), each proposed with the risk assessment
/// W:620 (BR-18) makes mandatory and approved by both partners.
/// </summary>
public class ScopeChangeTests
{
    private static readonly RiskAssessment Assessed = new("ICH-RA-07", "ICH finance lead", new DateOnly(2018, 2, 1));
    private static readonly LegislationChange Law = new("SI 2018/123 joint commissioning", new DateOnly(2018, 1, 1));
    private static readonly DateOnly Proposed = new(2018, 2, 15);

    private static ScopeProposal CcgPotB(Wirral w) => new(w.Ccg.Id, Y2017, "CCG-B", "CCG not pooled", Pot.B,
        Millions(73.2m), Assessed, null, Proposed);

    private static ScopeProposal CcgPotC(Wirral w, LegislationChange? law) => new(w.Ccg.Id, Y2017, "CCG-C",
        "Jointly commissioned with NHS England", Pot.C, Millions(0.2m), Assessed, law, Proposed);

    private static ScopeDecision Approval(Guid body, bool approved = true) =>
        new(body, approved, "Joint Board", "Scheme of delegation", new DateOnly(2018, 3, 1));

    [Fact]
    public void The_ccgs_73_2m_pot_B_approved_by_both_partners_is_reclassified_to_pot_A_and_pooled_W_L616()
    {
        var w = new Wirral();
        var pool = w.Pool();
        var change = ScopeChange.Propose(w.Agreement, pool, CcgPotB(w));

        Assert.Null(change.Decide(w.Agreement, pool, Approval(w.Council.Id)));
        Assert.Equal(ScopeChangeStatus.AwaitingApproval, change.Status);
        var line = change.Decide(w.Agreement, pool, Approval(w.Ccg.Id))!;

        Assert.Equal((Pot.A, Millions(73.2m), pool.Id, Assessed),
            (line.Pot, line.Amount, line.FundId, line.RiskAssessment));
        Assert.Equal((ScopeChangeStatus.Pooled, line.Id), (change.Status, change.BudgetLineId));
        var pooled = Assert.IsType<BudgetLinePooled>(Assert.Single(line.DomainEvents));
        Assert.Equal((w.Ccg.Id, Millions(73.2m)), (pooled.OwnerBodyId, pooled.Amount));
    }

    [Fact]
    public void The_ccgs_0_2m_pot_C_enters_the_pool_only_with_its_change_in_legislation_and_stays_pot_C_W_L617()
    {
        var w = new Wirral();
        var pool = w.Pool();

        var refused = Violation(() => ScopeChange.Propose(w.Agreement, pool, CcgPotC(w, null)));
        var change = ScopeChange.Propose(w.Agreement, pool, CcgPotC(w, Law));
        change.Decide(w.Agreement, pool, Approval(w.Ccg.Id));
        var line = change.Decide(w.Agreement, pool, Approval(w.Council.Id))!;

        Assert.Equal(("legislationChange", ScopeChangeRules.PotCNamesItsLegislation), refused.Named());
        Assert.Equal((Pot.C, Law, Millions(0.2m), pool.Id),
            (line.Pot, line.LegislationChange, line.Amount, line.FundId));
    }

    [Fact]
    public void A_rejection_by_either_partner_leaves_the_service_out_of_scope_and_creates_no_line_WF_9()
    {
        var w = new Wirral();
        var pool = w.Pool();
        var change = ScopeChange.Propose(w.Agreement, pool, CcgPotB(w));

        Assert.Null(change.Decide(w.Agreement, pool, Approval(w.Council.Id, approved: false)));
        var closed = Violation(() => change.Decide(w.Agreement, pool, Approval(w.Ccg.Id)));

        Assert.Equal((ScopeChangeStatus.Rejected, null), (change.Status, change.BudgetLineId));
        Assert.Equal(("status", ScopeChangeRules.Open), closed.Named());
    }

    [Fact]
    public void Pot_D_pot_A_a_missing_risk_assessment_and_a_second_decision_are_refused_naming_the_field_W_L618_L620()
    {
        var w = new Wirral();
        var pool = w.Pool();
        var safeguarding = CcgPotB(w) with { Code = "CCG-D", Name = "CCG safeguarding", Pot = Pot.D,
            Amount = Millions(15.7m) };

        RuleViolation Proposing(ScopeProposal p) => Violation(() => ScopeChange.Propose(w.Agreement, pool, p));
        var potD = Proposing(safeguarding);
        var potA = Proposing(CcgPotB(w) with { Pot = Pot.A });
        var unassessed = Proposing(CcgPotB(w) with { RiskAssessment = null });
        var lawOnB = Proposing(CcgPotB(w) with { LegislationChange = Law });
        var change = ScopeChange.Propose(w.Agreement, pool, CcgPotB(w));
        change.Decide(w.Agreement, pool, Approval(w.Council.Id));
        var twice = Violation(() => change.Decide(w.Agreement, pool, Approval(w.Council.Id)));
        var stranger = Violation(() => change.Decide(w.Agreement, pool, Approval(Guid.NewGuid())));

        Assert.Equal([("pot", ScopeChangeRules.PotDNeverProposed), ("pot", ScopeChangeRules.FromPotBOrC),
            ("riskAssessment", ScopeChangeRules.RiskAssessedFirst),
            ("legislationChange", ScopeChangeRules.LegislationForPotCOnly),
            ("partnerBodyId", ScopeChangeRules.DecidedOncePerPartner), ("partnerBodyId", GeneralRules.NotFound)],
            new[] { potD, potA, unassessed, lawOnB, twice, stranger }.Select(v => v.Named()));
        Assert.Equal((ViolationKind.AlreadyExists, ViolationKind.NotFound), (twice.Kind, stranger.Kind));
        Assert.Equal(ScopeChangeStatus.AwaitingApproval, change.Status);
    }

    [Fact]
    public void A_decision_is_made_on_the_changes_own_fund_and_no_earlier_than_its_proposal()
    {
        var w = new Wirral();
        var pool = w.Pool();
        var change = ScopeChange.Propose(w.Agreement, pool, CcgPotB(w));

        Assert.Equal(("fundId", ScopeChangeRules.OfItsFund),
            Violation(() => change.Decide(w.Agreement, w.Pool(), Approval(w.Council.Id))).Named());
        Assert.Equal(("decidedOn", ScopeChangeRules.DecidedAfterTheProposal), Violation(() => change.Decide(
            w.Agreement, pool, Approval(w.Council.Id) with { DecidedOn = Proposed.AddDays(-1) })).Named());
        Assert.Empty(change.Decisions);
    }

    [Fact]
    public void Nothing_is_moved_into_an_aligned_fund()
    {
        var w = new Wirral();
        var aligned = Fund.Create(w.Agreement, "ICH aligned", FundKind.Aligned, w.Council.Id, "ICH pool manager",
            VatModel.LeadCommissioner);

        Assert.Equal(("fundId", FundRules.AlignedFundHoldsNoMonies),
            Violation(() => ScopeChange.Propose(w.Agreement, aligned, CcgPotB(w))).Named());
    }
}
