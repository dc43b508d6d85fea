using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Contributions;
using PooledFinance.Domain.SeedWork;
using PooledFinance.Domain.Settlement;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>A settlement approved body by body, each under its own delegation (S:104), then applied as one joint decision (W:714).</summary>
public class SettlementApprovalTests
{
    private static readonly DateOnly YearEnd = new(2016, 4, 30);

    private static RiskShareSettlement Surplus(Plymouth p)
    {
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(new FixedSplit(
            [new PartnerAmount(p.Ccg.Id, 75m), new PartnerAmount(p.Council.Id, 25m)]))); // P:L386
        return RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015,
            new SettlementInputs([new SettlementItem("Pool underspend", -Millions(1m))], [], []), [], YearEnd);
    }

    [Fact]
    public void One_partner_s_approval_leaves_it_calculated_and_the_last_approves_it_as_their_joint_decision()
    {
        var p = new Plymouth();
        var settlement = Surplus(p);

        settlement.RecordApproval(p.Agreement, new PartnerApproval(p.Council.Id, "Cabinet", "PCC Cabinet minute", new DateOnly(2016, 5, 10)), []);
        Assert.Equal(SettlementStatus.Calculated, settlement.Status);
        settlement.RecordApproval(p.Agreement, new PartnerApproval(p.Ccg.Id, "Governing Body", "CCG GB delegation", new DateOnly(2016, 5, 12)), []);

        Assert.Equal(SettlementStatus.Approved, settlement.Status);
        Assert.Equal(new DateOnly(2016, 5, 12), settlement.Approval!.DecidedOn);
        Assert.Equal([p.Council.Id, p.Ccg.Id], settlement.Approval.Delegations.Select(d => d.PartnerBodyId));
        Assert.Contains(settlement.DomainEvents, e => e is SettlementApproved);
    }

    [Fact]
    public void A_partners_approval_points_at_its_own_recorded_settlement_decision_and_no_other()
    {
        var p = new Plymouth();
        var settlement = Surplus(p);
        GovernanceDecision Decision(Guid body, GovernanceStage stage) => GovernanceDecision.Record(p.Agreement, body,
            "Cabinet", "Settle 2015/16", new DateOnly(2016, 5, 10), stage, [new Delegation(body, "Cabinet minute")]);
        var council = Decision(p.Council.Id, GovernanceStage.Settlement);
        var approval = new PartnerApproval(p.Council.Id, "Cabinet", "PCC Cabinet minute", new DateOnly(2016, 5, 10));

        Assert.Equal(("decisionId", GovernanceRules.DecisionApprovesThis),
            Violation(() => settlement.RecordApproval(p.Agreement, approval, [], Decision(p.Council.Id,
                GovernanceStage.Variation))).Named());
        Assert.Equal(("decisionId", GovernanceRules.DecisionApprovesThis),
            Violation(() => settlement.RecordApproval(p.Agreement, approval, [], Decision(p.Ccg.Id,
                GovernanceStage.Settlement))).Named());
        settlement.RecordApproval(p.Agreement, approval, [], council);

        Assert.Equal(council.Id, Assert.Single(settlement.PartnerApprovals).DecisionId);
    }

    [Fact]
    public void The_last_approval_applies_the_CCG_s_surplus_to_its_own_debt_first_W_434()
    {
        var p = new Plymouth();
        var debt = DebtObligation.Register(p.Agreement, p.Ccg.Id, DebtKind.TopSlice, "NHS England top-slice", Y2015, Millions(9.8m));
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(new FixedSplit(
            [new PartnerAmount(p.Ccg.Id, 75m), new PartnerAmount(p.Council.Id, 25m)])));
        var settlement = RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015,
            new SettlementInputs([new SettlementItem("Pool underspend", -Millions(1m))], [], []), [debt], YearEnd);

        settlement.RecordApproval(p.Agreement, new PartnerApproval(p.Ccg.Id, "Governing Body", "CCG GB", YearEnd), [debt]);
        Assert.Equal(Millions(9.8m), debt.Outstanding);
        settlement.RecordApproval(p.Agreement, new PartnerApproval(p.Council.Id, "Cabinet", "Cabinet", YearEnd), [debt]);

        Assert.Equal(Millions(9.8m) - 750_000m, debt.Outstanding);
    }

    [Fact]
    public void A_second_approval_from_one_body_an_unsigned_one_or_one_before_the_calculation_is_refused_and_changes_nothing()
    {
        var p = new Plymouth();
        var settlement = Surplus(p);
        settlement.RecordApproval(p.Agreement, new PartnerApproval(p.Council.Id, "Cabinet", "Minute", YearEnd), []);

        Assert.Equal(("partnerBodyId", SettlementRules.EachPartnerApprovesOnce),
            Violation(() => settlement.RecordApproval(p.Agreement, new PartnerApproval(p.Council.Id, "Cabinet",
                "Minute again", YearEnd), [])).Named());
        Assert.Equal(("delegationReference", AmountRules.TextGiven),
            Violation(() => settlement.RecordApproval(p.Agreement, new PartnerApproval(p.Ccg.Id, "Governing Body",
                " ", YearEnd), [])).Named());
        Assert.Equal(("approvedOn", SettlementRules.ApprovedAfterCalculated),
            Violation(() => settlement.RecordApproval(p.Agreement, new PartnerApproval(p.Ccg.Id, "Governing Body",
                "GB", YearEnd.AddDays(-1)), [])).Named());
        Assert.Equal(("partnerBodyId", GeneralRules.NotFound),
            Violation(() => settlement.RecordApproval(p.Agreement, new PartnerApproval(Guid.NewGuid(), "Board",
                "Ref", YearEnd), [])).Named());

        Assert.Single(settlement.PartnerApprovals);
        Assert.Equal(SettlementStatus.Calculated, settlement.Status);
    }
}
