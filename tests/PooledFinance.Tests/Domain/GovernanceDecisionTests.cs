using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// Staged approvals through every partner's own governance (S:114-118, A BR-S17 line 751): approval in principle in
/// February / March 2014, heads of terms in September / October 2014 (shadow operation after), the formal s75 in
/// January to March 2015, signed by 31 March for the 2015/16 contracting year; the formal s75 goes to governing
/// bodies only after its legal scrutiny (P:L423, C FIN-35 line 327).
/// </summary>
public class GovernanceDecisionTests
{
    private sealed class Staffordshire
    {
        public PartnerBody County { get; } =
            PartnerBody.Create("Staffordshire County Council", StatutoryBodyKind.Council, "E10000028");
        public PartnerBody City { get; } =
            PartnerBody.Create("Stoke-on-Trent City Council", StatutoryBodyKind.Council, "E06000021");
        public PartnerBody Ccg { get; } =
            PartnerBody.Create("NHS North Staffordshire CCG", StatutoryBodyKind.ClinicalCommissioningGroup, "05G");
        public Section75Agreement Agreement { get; }

        public Staffordshire()
        {
            var partnership = Partnership.Create("Staffordshire and Stoke-on-Trent integrated commissioning",
                [County, City, Ccg]);
            // S:95: "All of these arrangements will be based on s75 agreements"; contracts for 2015/16 (S:118).
            Agreement = Section75Agreement.Draft(partnership, "ICES s75", ["Integrated commissioning"],
                ["Older people's services"], new DateOnly(2015, 4, 1), null, new DateOnly(2016, 4, 1), 3);
        }

        public IEnumerable<PartnerBody> Partners => [County, City, Ccg];

        public GovernanceDecision Decide(PartnerBody partner, GovernanceStage stage, DateOnly on,
            DecisionOutcome outcome = DecisionOutcome.Approved, params string[] conditions) =>
            GovernanceDecision.Record(Agreement, partner.Id, partner == Ccg ? "Governing Body" : "Cabinet",
                $"{stage} of the ICES s75", on, stage, [new Delegation(partner.Id, $"{partner.Code} delegation")],
                outcome, conditions);

        /// <summary>Every partner at <paramref name="stage"/>, a day apart from <paramref name="first"/>.</summary>
        public void EveryPartner(GovernanceStage stage, DateOnly first)
        {
            var day = 0;
            foreach (var partner in Partners) Decide(partner, stage, first.AddDays(7 * day++));
        }

        public void ThroughHeadsOfTerms()
        {
            EveryPartner(GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12)); // S:115 February / March
            EveryPartner(GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 17)); // S:116 September / October
        }
    }

    [Fact]
    public void Each_stage_needs_every_partners_prior_stage_S_114_118()
    {
        var s = new Staffordshire();
        s.Decide(s.County, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12));
        s.Decide(s.City, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 3, 4));

        // The CCG has not yet approved in principle: nobody's heads of terms can be recorded.
        var refused = Seeds.Violation(() =>
            s.Decide(s.County, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 17)));

        Assert.Equal("stage", refused.Field);
        Assert.Equal(ViolationKind.Precondition, refused.Kind);
        Assert.Contains(s.Ccg.Id.ToString(), refused.Message);
        Assert.Equal(2, s.Agreement.StageApprovals.Count);
        Assert.Null(s.Agreement.StageReached);

        s.Decide(s.Ccg, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 3, 26));
        s.Decide(s.County, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 17));
        Assert.Equal(GovernanceStage.ApprovalInPrinciple, s.Agreement.StageReached);
    }

    [Fact]
    public void The_formal_s75_cannot_skip_heads_of_terms_nor_be_decided_twice_by_one_partner()
    {
        var s = new Staffordshire();
        s.EveryPartner(GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12));
        s.Agreement.RecordLegalScrutiny("Independent solicitors", "LS-2015-01", new DateOnly(2015, 1, 9));

        Assert.Equal("stage", Seeds.Violation(() =>
            s.Decide(s.Ccg, GovernanceStage.FormalAgreement, new DateOnly(2015, 2, 4))).Field);
        var twice = Seeds.Violation(() =>
            s.Decide(s.County, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 3, 12)));
        Assert.Equal(("stage", ViolationKind.AlreadyExists), (twice.Field, twice.Kind));
    }

    [Fact]
    public void A_stage_is_not_dated_before_the_prior_stage_was_complete()
    {
        var s = new Staffordshire();
        s.EveryPartner(GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12)); // last: 26 February 2014

        Assert.Equal("decidedOn", Seeds.Violation(() =>
            s.Decide(s.City, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 2, 20))).Field);
    }

    [Fact]
    public void Shadow_operation_begins_once_every_partner_has_approved_the_heads_of_terms_S_116()
    {
        var s = new Staffordshire();
        s.EveryPartner(GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12));
        s.Decide(s.County, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 17));
        s.Decide(s.City, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 30));
        Assert.Null(s.Agreement.ShadowOperationFrom);

        s.Decide(s.Ccg, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 10, 8));

        Assert.Equal(new DateOnly(2014, 10, 8), s.Agreement.ShadowOperationFrom);
        Assert.Equal(GovernanceStage.HeadsOfTerms, s.Agreement.StageReached);
    }

    [Fact]
    public void The_formal_s75_goes_to_governing_bodies_only_after_legal_scrutiny_P_L423()
    {
        var s = new Staffordshire();
        s.ThroughHeadsOfTerms();

        var unscrutinised = Seeds.Violation(() =>
            s.Decide(s.County, GovernanceStage.FormalAgreement, new DateOnly(2015, 1, 21)));
        Assert.Equal(("legalScrutiny", ViolationKind.Precondition), (unscrutinised.Field, unscrutinised.Kind));

        s.Agreement.RecordLegalScrutiny("Independent solicitors", "LS-2015-01", new DateOnly(2015, 2, 2));
        // Scrutiny completed on 2 February cannot have preceded a 21 January decision.
        Assert.Equal("legalScrutiny", Seeds.Violation(() =>
            s.Decide(s.County, GovernanceStage.FormalAgreement, new DateOnly(2015, 1, 21))).Field);

        s.EveryPartner(GovernanceStage.FormalAgreement, new DateOnly(2015, 2, 4)); // S:117 January to March 2015
        Assert.Equal(GovernanceStage.FormalAgreement, s.Agreement.StageReached);
        Assert.Equal("legalScrutiny", Seeds.Violation(() =>
            s.Agreement.RecordLegalScrutiny("Again", "LS-2", new DateOnly(2015, 2, 5))).Field);
    }

    [Fact]
    public void Signatures_point_at_each_partners_formal_decision_and_are_in_by_31_March_for_2015_16_S_118()
    {
        var s = new Staffordshire();
        s.ThroughHeadsOfTerms();
        s.Agreement.RecordLegalScrutiny("Independent solicitors", "LS-2015-01", new DateOnly(2015, 1, 9));
        var decisions = s.Partners.Select((p, i) =>
            s.Decide(p, GovernanceStage.FormalAgreement, new DateOnly(2015, 2, 4).AddDays(14 * i))).ToList();
        var other = new Staffordshire();

        Assert.Equal("decisionId", Seeds.Violation(() => s.Agreement.Approve(s.County.Id, "Cabinet", "minute",
            new DateOnly(2015, 3, 10), decisions[1])).Field); // the city's decision
        Assert.Equal("decisionId", Seeds.Violation(() => other.Agreement.Approve(other.County.Id, "Cabinet",
            "minute", new DateOnly(2015, 3, 10), decisions[0])).Field); // another agreement's
        Assert.Equal("approvedOn", Seeds.Violation(() => s.Agreement.Approve(s.Ccg.Id, "Governing Body", "GB",
            new DateOnly(2015, 3, 1), decisions[2])).Field); // decided 4 March, signed before it
        Assert.Empty(s.Agreement.Approvals);

        foreach (var (partner, decision) in s.Partners.Zip(decisions))
            s.Agreement.Approve(partner.Id, decision.Body, decision.Delegations[0].Reference,
                new DateOnly(2015, 3, 20), decision);

        Assert.Equal(AgreementStatus.Approved, s.Agreement.Status);
        Assert.True(s.Agreement.SignedOn <= new DateOnly(2015, 3, 31));
        Assert.Equal(decisions.Select(d => (Guid?)d.Id), s.Agreement.Approvals.Select(a => a.DecisionId));
    }

    [Fact]
    public void Once_the_stages_are_recorded_a_signature_without_the_partners_formal_decision_is_refused()
    {
        var s = new Staffordshire();
        s.ThroughHeadsOfTerms();
        var bare = new Staffordshire(); // no decision recorded on it: signatures are the old path

        var refused = Seeds.Violation(() => s.Agreement.Approve(s.County.Id, "Cabinet", "minute",
            new DateOnly(2015, 3, 10))); // heads of terms done, no formal s75 decided, legal scrutiny unrecorded
        bare.Agreement.Approve(bare.County.Id, "Cabinet", "minute", new DateOnly(2015, 3, 10));

        Assert.Equal((GovernanceRules.SignedUnderItsFormalDecision, "decisionId"), (refused.Rule, refused.Field));
        Assert.Empty(s.Agreement.Approvals);
        Assert.Single(bare.Agreement.Approvals);
    }

    [Fact]
    public void A_decision_names_its_body_and_delegations_and_a_joint_one_needs_every_partners()
    {
        var s = new Staffordshire();

        Assert.Equal("body", Seeds.Violation(() => GovernanceDecision.Record(s.Agreement, s.County.Id, " ", "AIP",
            new DateOnly(2014, 2, 12), GovernanceStage.ApprovalInPrinciple,
            [new Delegation(s.County.Id, "ref")])).Field);
        Assert.Equal("delegations", Seeds.Violation(() => GovernanceDecision.Record(s.Agreement, s.County.Id,
            "Cabinet", "AIP", new DateOnly(2014, 2, 12), GovernanceStage.ApprovalInPrinciple,
            [new Delegation(s.City.Id, "the city's")])).Field);
        Assert.Equal("partnerBodyId", Seeds.Violation(() => GovernanceDecision.Record(s.Agreement, null,
            "Partnership board", "AIP", new DateOnly(2014, 2, 12), GovernanceStage.ApprovalInPrinciple,
            s.Partners.Select(p => new Delegation(p.Id, "delegated")).ToList())).Field);
        // S:104: a partnership board decides "without the need for members to refer back", under every delegation.
        var partial = Seeds.Violation(() => GovernanceDecision.Record(s.Agreement, null, "Partnership board",
            "Variation", new DateOnly(2015, 6, 1), GovernanceStage.Variation,
            [new Delegation(s.County.Id, "delegated"), new Delegation(s.City.Id, "delegated")]));
        Assert.Equal(("delegations", ViolationKind.Forbidden), (partial.Field, partial.Kind));
        Assert.Empty(s.Agreement.StageApprovals);
    }

    [Fact]
    public void Recording_a_decision_raises_its_event()
    {
        var s = new Staffordshire();

        var decision = s.Decide(s.Ccg, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 3, 26));

        var raised = Assert.IsType<GovernanceDecisionRecorded>(Assert.Single(decision.DomainEvents));
        Assert.Equal((decision.Id, s.Agreement.Id, s.Ccg.Id, GovernanceStage.ApprovalInPrinciple),
            (raised.DecisionId, raised.AgreementId, raised.PartnerBodyId, raised.Stage));
    }

    [Fact]
    public void A_variation_points_at_the_joint_decision_that_approved_it_and_refuses_any_other()
    {
        var p = new Plymouth();
        var joint = p.JointBoardDecision("Vary the risk share", new DateOnly(2015, 9, 1));
        var variation = GovernanceDecision.Record(p.Agreement, null, joint.Body, joint.Subject, joint.DecidedOn,
            GovernanceStage.Variation, joint.Delegations.ToList());
        var settlement = GovernanceDecision.Record(p.Agreement, null, joint.Body, "Settle 2015/16",
            joint.DecidedOn, GovernanceStage.Settlement, joint.Delegations.ToList());

        Assert.Equal("decisionId", Seeds.Violation(() => p.Agreement.Vary("Risk share 50:50",
            new DateOnly(2015, 10, 1), settlement.ToJointDecision(), settlement)).Field);
        var varied = p.Agreement.Vary("Risk share 50:50", new DateOnly(2015, 10, 1), variation.ToJointDecision(),
            variation);

        Assert.Equal(variation.Id, varied.DecisionId);
        Assert.Equal(joint.Delegations, varied.Decision.Delegations);
    }

    [Fact]
    public void A_deferred_or_refused_stage_decision_is_kept_but_leaves_the_stage_where_it_was()
    {
        var s = new Staffordshire();
        s.Decide(s.County, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12));
        s.Decide(s.Ccg, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 26));
        // The city's Cabinet defers in February, refuses on 4 March, approves at its next meeting (S:115 Feb / Mar).
        var deferred = s.Decide(s.City, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 19),
            DecisionOutcome.Deferred);
        s.Decide(s.City, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 3, 4), DecisionOutcome.Refused);

        Assert.Equal(2, s.Agreement.StageApprovals.Count);
        Assert.Null(s.Agreement.StageReached);
        Assert.Null(deferred.AuthorisesFrom);
        Assert.Equal(GovernanceRules.EveryPartnersPriorStage, Seeds.Violation(() =>
            s.Decide(s.County, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 17))).Rule);

        s.Decide(s.City, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 3, 26));
        Assert.Equal(GovernanceStage.ApprovalInPrinciple, s.Agreement.StageReached);
    }

    [Fact]
    public void A_refused_decision_authorises_no_variation()
    {
        var p = new Plymouth();
        var joint = p.JointBoardDecision("Vary the risk share", new DateOnly(2015, 9, 1));
        var refused = GovernanceDecision.Record(p.Agreement, null, joint.Body, joint.Subject, joint.DecidedOn,
            GovernanceStage.Variation, joint.Delegations.ToList(), DecisionOutcome.Refused);

        var violation = Seeds.Violation(() => p.Agreement.Vary("Risk share 50:50", new DateOnly(2015, 10, 1),
            refused.ToJointDecision(), refused));

        Assert.Equal((GovernanceRules.DecisionResolvedToApprove, "decisionId"), (violation.Rule, violation.Field));
        Assert.Empty(p.Agreement.Variations);
    }

    [Fact]
    public void Heads_of_terms_with_conditions_complete_the_stage_and_start_shadow_operation_once_they_are_met()
    {
        var s = new Staffordshire();
        s.EveryPartner(GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12));
        s.Decide(s.County, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 17));
        s.Decide(s.City, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 30));
        var ccg = s.Decide(s.Ccg, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 10, 8),
            DecisionOutcome.ApprovedWithConditions, "Risk share schedule agreed", "Hosting costs confirmed");
        s.Agreement.RecordLegalScrutiny("Independent solicitors", "LS-2015-01", new DateOnly(2015, 1, 9));

        Assert.Null(s.Agreement.ShadowOperationFrom);
        Assert.Equal(GovernanceRules.EveryPartnersPriorStage, Seeds.Violation(() =>
            s.Decide(s.County, GovernanceStage.FormalAgreement, new DateOnly(2015, 1, 21))).Rule);
        Assert.Equal(GovernanceRules.StageDecidedOnce, Seeds.Violation(() =>
            s.Decide(s.Ccg, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 10, 9))).Rule);

        ccg.RecordConditionMet(s.Agreement, 2, new DateOnly(2014, 10, 15), "governance officer");
        Assert.Null(s.Agreement.ShadowOperationFrom);
        ccg.RecordConditionMet(s.Agreement, 1, new DateOnly(2014, 10, 22), "governance officer");

        Assert.Equal(new DateOnly(2014, 10, 22), s.Agreement.ShadowOperationFrom);
        Assert.Equal(GovernanceStage.HeadsOfTerms, s.Agreement.StageReached);
        Assert.Equal(new DateOnly(2014, 10, 22), ccg.AuthorisesFrom);
        s.Decide(s.County, GovernanceStage.FormalAgreement, new DateOnly(2015, 1, 21));
    }

    [Fact]
    public void A_formal_s75_with_conditions_is_signed_only_once_they_are_met_by_31_March_S_118()
    {
        var s = new Staffordshire();
        s.ThroughHeadsOfTerms();
        s.Agreement.RecordLegalScrutiny("Independent solicitors", "LS-2015-01", new DateOnly(2015, 1, 9));
        var county = s.Decide(s.County, GovernanceStage.FormalAgreement, new DateOnly(2015, 2, 4),
            DecisionOutcome.ApprovedWithConditions, "Section 151 officer confirms the contribution");

        var unmet = Seeds.Violation(() => s.Agreement.Approve(s.County.Id, "Cabinet", "minute",
            new DateOnly(2015, 3, 10), county));
        county.RecordConditionMet(s.Agreement, 1, new DateOnly(2015, 3, 12), "governance officer");
        var early = Seeds.Violation(() => s.Agreement.Approve(s.County.Id, "Cabinet", "minute",
            new DateOnly(2015, 3, 10), county));
        s.Agreement.Approve(s.County.Id, "Cabinet", "minute", new DateOnly(2015, 3, 20), county);

        Assert.Equal((GovernanceRules.ConditionsMetBeforeItAuthorises, "decisionId"), (unmet.Rule, unmet.Field));
        Assert.Equal((GovernanceRules.SignedAfterTheDecision, "approvedOn"), (early.Rule, early.Field));
        Assert.Equal(county.Id, Assert.Single(s.Agreement.Approvals).DecisionId);
        Assert.Equal(("governance officer", new DateOnly(2015, 3, 12)),
            (county.Conditions[0].MetRecordedBy, county.Conditions[0].MetOn));
    }

    [Fact]
    public void Conditions_belong_to_an_approval_with_conditions_and_each_is_met_once_after_the_decision()
    {
        var s = new Staffordshire();
        var noConditions = Seeds.Violation(() => s.Decide(s.County, GovernanceStage.ApprovalInPrinciple,
            new DateOnly(2014, 2, 12), DecisionOutcome.ApprovedWithConditions));
        var deferredWithOne = Seeds.Violation(() => s.Decide(s.County, GovernanceStage.ApprovalInPrinciple,
            new DateOnly(2014, 2, 12), DecisionOutcome.Deferred, "Come back with costs"));
        var county = s.Decide(s.County, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12),
            DecisionOutcome.ApprovedWithConditions, "Scope confirmed with the districts");

        var beforeIt = Seeds.Violation(() =>
            county.RecordConditionMet(s.Agreement, 1, new DateOnly(2014, 2, 11), "officer"));
        var noSuch = Seeds.Violation(() =>
            county.RecordConditionMet(s.Agreement, 2, new DateOnly(2014, 2, 20), "officer"));
        county.RecordConditionMet(s.Agreement, 1, new DateOnly(2014, 2, 20), "officer");
        var twice = Seeds.Violation(() =>
            county.RecordConditionMet(s.Agreement, 1, new DateOnly(2014, 2, 21), "officer"));

        Assert.Equal((GovernanceRules.ConditionsOfAConditionalApproval, "conditions"),
            (noConditions.Rule, noConditions.Field));
        Assert.Equal(GovernanceRules.ConditionsOfAConditionalApproval, deferredWithOne.Rule);
        Assert.Equal((GovernanceRules.ConditionMetAfterTheDecision, "metOn"), (beforeIt.Rule, beforeIt.Field));
        Assert.Equal((ViolationKind.NotFound, "condition"), (noSuch.Kind, noSuch.Field));
        Assert.Equal((GovernanceRules.ConditionMetOnce, "condition"), (twice.Rule, twice.Field));
    }

    [Fact]
    public void The_recorded_event_carries_the_outcome_and_conditions()
    {
        var s = new Staffordshire();

        var decision = s.Decide(s.Ccg, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 3, 26),
            DecisionOutcome.ApprovedWithConditions, "Subject to minor amendments"); // S:7's wording

        var raised = Assert.IsType<GovernanceDecisionRecorded>(Assert.Single(decision.DomainEvents));
        Assert.Equal(DecisionOutcome.ApprovedWithConditions, raised.Outcome);
        Assert.Equal(["Subject to minor amendments"], raised.Conditions);
    }

    /// <summary>
    /// The CCG's heads of terms (8/10/14, S:116's September / October) on two conditions: the second met on 22/10/14
    /// and recorded first, the first met on 15/10/14. One event, when the last is recorded, authorising from 22/10/14.
    /// </summary>
    [Fact]
    public void The_last_condition_met_raises_one_event_authorising_from_the_latest_day()
    {
        var s = new Staffordshire();
        s.EveryPartner(GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12));
        var ccg = s.Decide(s.Ccg, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 10, 8),
            DecisionOutcome.ApprovedWithConditions, "Risk share schedule agreed", "Hosting costs confirmed");
        ccg.ClearDomainEvents();

        ccg.RecordConditionMet(s.Agreement, 2, new DateOnly(2014, 10, 22), "governance officer");
        Assert.Empty(ccg.DomainEvents);
        ccg.RecordConditionMet(s.Agreement, 1, new DateOnly(2014, 10, 15), "governance officer");
        Seeds.Violation(() => ccg.RecordConditionMet(s.Agreement, 1, new DateOnly(2014, 10, 16), "officer"));

        var met = Assert.IsType<GovernanceDecisionConditionsMet>(Assert.Single(ccg.DomainEvents));
        Assert.Equal(new GovernanceDecisionConditionsMet(ccg.Id, s.Agreement.Id, s.Agreement.PartnershipId, s.Ccg.Id,
            GovernanceStage.HeadsOfTerms, new DateOnly(2014, 10, 15), new DateOnly(2014, 10, 22)), met);
    }

    /// <summary>
    /// A deferral or refusal is a decision at its stage (S:114-118: the paper "will again be sought" only once the
    /// stage before is secured): the City's heads of terms deferred before the CCG approved in principle is refused,
    /// as is one dated before the last approval in principle (26/2/14); one in S:116's September is kept, not entered.
    /// </summary>
    [Fact]
    public void A_deferral_or_refusal_of_a_stage_needs_every_partners_prior_stage_before_it_S_114_118()
    {
        var s = new Staffordshire();
        s.Decide(s.County, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12));
        s.Decide(s.City, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 19));
        var tooSoon = Seeds.Violation(() => s.Decide(s.City, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 17),
            DecisionOutcome.Deferred));
        s.Decide(s.Ccg, GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 26));
        var beforeIt = Seeds.Violation(() => s.Decide(s.City, GovernanceStage.HeadsOfTerms,
            new DateOnly(2014, 2, 25), DecisionOutcome.Refused));

        var deferred = s.Decide(s.City, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 17),
            DecisionOutcome.Deferred);
        s.Decide(s.City, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 10, 1));
        var afterApproval = Seeds.Violation(() => s.Decide(s.City, GovernanceStage.HeadsOfTerms,
            new DateOnly(2014, 10, 8), DecisionOutcome.Refused));

        Assert.Equal((GovernanceRules.DeferredOrRefusedAtItsStage, "stage"), (tooSoon.Rule, tooSoon.Field));
        Assert.Equal((GovernanceRules.DeferredOrRefusedAtItsStage, "decidedOn"), (beforeIt.Rule, beforeIt.Field));
        Assert.Equal(GovernanceRules.StageDecidedOnce, afterApproval.Rule);
        Assert.DoesNotContain(s.Agreement.StageApprovals, a => a.DecisionId == deferred.Id);
        Assert.Equal(GovernanceStage.ApprovalInPrinciple, s.Agreement.StageReached);
    }

    /// <summary>
    /// The formal s75 refused by the County in January 2015 (S:117) went to its governing body, so it needs the legal
    /// scrutiny first (P:L423), as an approval does; a conditional heads of terms not yet met holds it back too.
    /// </summary>
    [Fact]
    public void A_refusal_of_the_formal_s75_comes_after_its_legal_scrutiny_and_every_heads_of_terms_P_L423()
    {
        var s = new Staffordshire();
        s.EveryPartner(GovernanceStage.ApprovalInPrinciple, new DateOnly(2014, 2, 12));
        s.Decide(s.County, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 17));
        s.Decide(s.City, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 9, 24));
        var ccg = s.Decide(s.Ccg, GovernanceStage.HeadsOfTerms, new DateOnly(2014, 10, 1),
            DecisionOutcome.ApprovedWithConditions, "Hosting costs confirmed");
        var unmet = Seeds.Violation(() => s.Decide(s.County, GovernanceStage.FormalAgreement,
            new DateOnly(2015, 1, 21), DecisionOutcome.Refused));
        ccg.RecordConditionMet(s.Agreement, 1, new DateOnly(2014, 10, 15), "governance officer");
        var unscrutinised = Seeds.Violation(() => s.Decide(s.County, GovernanceStage.FormalAgreement,
            new DateOnly(2015, 1, 21), DecisionOutcome.Refused));
        s.Agreement.RecordLegalScrutiny("Independent solicitors", "LS-2015-01", new DateOnly(2015, 1, 9));

        var refused = s.Decide(s.County, GovernanceStage.FormalAgreement, new DateOnly(2015, 1, 21),
            DecisionOutcome.Refused);

        Assert.Equal((GovernanceRules.DeferredOrRefusedAtItsStage, "stage"), (unmet.Rule, unmet.Field));
        Assert.Equal((GovernanceRules.LegalScrutinyBeforeFormalS75, "legalScrutiny"),
            (unscrutinised.Rule, unscrutinised.Field));
        Assert.Equal(DecisionOutcome.Refused, refused.Outcome);
        Assert.Equal(GovernanceStage.HeadsOfTerms, s.Agreement.StageReached);
    }
}
