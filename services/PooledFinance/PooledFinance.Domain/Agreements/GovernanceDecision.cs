using Commissioning.Domain;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Agreements;

/// <summary>What a governance decision approves (S:114-118 for the three stages; W:714, S:104 the rest).</summary>
public enum GovernanceStage
{
    ApprovalInPrinciple,
    HeadsOfTerms,
    FormalAgreement,
    Variation,
    Settlement,
    ContractAward,
}

/// <summary>
/// What the deciding body resolved (A:509-510: an approval may be made subject to conditions, S:7's "subject to
/// minor amendments"; a Cabinet may reject or defer, A:773). Only an approval authorises anything, and an approval
/// with conditions only once every condition is recorded as met.
/// </summary>
public enum DecisionOutcome
{
    Approved,
    ApprovedWithConditions,
    Deferred,
    Refused,
}

/// <summary>A condition an approval was made subject to and, once it is met, the day and who recorded it.</summary>
public sealed record DecisionCondition(string Text)
{
    public DateOnly? MetOn { get; init; }
    public string? MetRecordedBy { get; init; }
}

/// <summary>
/// A decision as the record a governance officer keeps (A:508): the deciding body (a Cabinet, a Governing Body, a
/// partnership board), the partner body it belongs to (none for a joint body deciding for every partner), the
/// meeting's date, the delegations it relied on from each partner, the stage or thing it approves and the agreement
/// it concerns, what the body resolved and any conditions. Agreements, variations, settlements and awards point at
/// the decision that authorised them.
/// </summary>
public sealed class GovernanceDecision : AggregateRoot
{
    private readonly List<Delegation> _delegations = [];
    private readonly List<DecisionCondition> _conditions = [];

    private GovernanceDecision() { }

    public Guid PartnershipId { get; private set; }
    public Guid AgreementId { get; private set; }
    public Guid? PartnerBodyId { get; private set; }
    public string Body { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }
    public GovernanceStage Stage { get; private set; }
    public IReadOnlyList<Delegation> Delegations => _delegations;
    /// <summary>What the body resolved; a decision stored before outcomes were recorded was an approval.</summary>
    public DecisionOutcome Outcome { get; private set; }
    public IReadOnlyList<DecisionCondition> Conditions => _conditions;

    /// <summary>Whether the body approved, with or without conditions (a deferral or refusal is a record).</summary>
    public bool Approves => Outcome is DecisionOutcome.Approved or DecisionOutcome.ApprovedWithConditions;

    /// <summary>
    /// The day the decision authorises what it approves from: its own day for an approval, the day its last condition
    /// was met for an approval with conditions; null while it authorises nothing.
    /// </summary>
    public DateOnly? AuthorisesFrom => Outcome switch
    {
        DecisionOutcome.Approved => DecidedOn,
        DecisionOutcome.ApprovedWithConditions when _conditions.All(c => c.MetOn is not null) =>
            _conditions.Max(c => c.MetOn),
        _ => null,
    };

    /// <summary>
    /// Records the decision. A stage decision (approval in principle, heads of terms, the formal agreement) is a
    /// partner body's own and is entered on the agreement, which refuses it out of order (S:114-118, P:L423);
    /// anything else is either one partner's, citing its own delegation, or a joint body's, citing every partner's.
    /// A deferred or refused stage decision is checked against the same order but not entered: the stage stays where
    /// it was.
    /// </summary>
    public static GovernanceDecision Record(Section75Agreement agreement, Guid? partnerBodyId, string body,
        string subject, DateOnly decidedOn, GovernanceStage stage, IReadOnlyCollection<Delegation> delegations,
        DecisionOutcome outcome = DecisionOutcome.Approved, IReadOnlyCollection<string>? conditions = null)
    {
        var decision = new GovernanceDecision
        {
            PartnershipId = agreement.PartnershipId,
            AgreementId = agreement.Id,
            PartnerBodyId = partnerBodyId,
            Body = Amounts.Text(body, "body"),
            Subject = Amounts.Text(subject, "subject"),
            DecidedOn = decidedOn,
            Stage = stage,
            Outcome = outcome,
        };
        decision._conditions.AddRange((conditions ?? []).Select(c => new DecisionCondition(Amounts.Text(c,
            "conditions"))));
        var conditional = outcome == DecisionOutcome.ApprovedWithConditions;
        GovernanceRules.ConditionsOfAConditionalApproval.Require(conditional == decision._conditions.Count > 0,
            "conditions", conditional ? "State each condition the approval was made subject to."
                : $"A decision {Describe(outcome)} carries no conditions; record it approved-with-conditions.");
        decision._delegations.AddRange(delegations.Select(d =>
            d with { Reference = Amounts.Text(d.Reference, "delegations") }));
        foreach (var d in decision._delegations) agreement.RequirePartner(d.PartnerBodyId, "delegations");
        if (partnerBodyId is { } partner)
        {
            agreement.RequirePartner(partner);
            GovernanceRules.OwnBodysDelegation.Require(decision._delegations.Any(d => d.PartnerBodyId == partner),
                "delegations",
                $"{decision.Body} decides for its own body only under that body's delegation; cite it.");
        }
        else
        {
            GovernanceRules.StageByAPartnerBody.Require(!ApprovalStages.IsStage(stage), "partnerBodyId",
                "Each partner approves a stage through its own governance (S:114); name the partner body.");
            decision.ToJointDecision().RequireDelegationFromEvery(agreement.PartnerBodyIds);
        }
        if (ApprovalStages.IsStage(stage)) agreement.RecordStage(decision);
        decision.Raise(new GovernanceDecisionRecorded(decision.Id, decision.AgreementId, decision.PartnershipId,
            partnerBodyId, decision.Body, stage, decidedOn, outcome,
            decision._conditions.Select(c => c.Text).ToList()));
        return decision;
    }

    /// <summary>The decision as the joint decision a variation or settlement has always carried.</summary>
    public JointDecision ToJointDecision() => new(Body, Subject, DecidedOn, Delegations);

    /// <summary>
    /// Records condition <paramref name="number"/> (counted from 1, as minutes number them) as met on
    /// <paramref name="metOn"/>, by <paramref name="recordedBy"/>. When it is the last, a stage decision's approval
    /// on <paramref name="agreement"/> stops waiting for its conditions, and the decision raises
    /// <see cref="GovernanceDecisionConditionsMet"/>.
    /// </summary>
    public void RecordConditionMet(Section75Agreement agreement, int number, DateOnly metOn, string recordedBy)
    {
        GovernanceRules.DecisionApprovesThis.Require(agreement.Id == AgreementId, "agreementId",
            $"Decision {Id} concerns another agreement.");
        if (number < 1 || number > _conditions.Count)
            throw RuleViolation.NotFound("condition", $"Decision {Id} has no condition {number}.");
        var condition = _conditions[number - 1];
        if (condition.MetOn is { } met)
            throw GovernanceRules.ConditionMetOnce.Broken("condition",
                $"Condition {number} was recorded as met on {met:yyyy-MM-dd}.");
        GovernanceRules.ConditionMetAfterTheDecision.Require(metOn >= DecidedOn, "metOn",
            $"Decision {Id} was made on {DecidedOn:yyyy-MM-dd}; its condition cannot be met before.");
        _conditions[number - 1] = condition with
        {
            MetOn = metOn, MetRecordedBy = Amounts.Text(recordedBy, "recordedBy"),
        };
        if (AuthorisesFrom is not { } from) return;
        if (ApprovalStages.IsStage(Stage)) agreement.StageConditionsMet(this);
        // Raised once: only the last condition completes them, and each is recorded once (condition-met-once).
        Raise(new GovernanceDecisionConditionsMet(Id, AgreementId, PartnershipId, PartnerBodyId, Stage, metOn, from));
    }

    /// <summary>
    /// Refuses, naming <paramref name="field"/>, a decision on another agreement or thing, or one that authorises
    /// nothing: deferred, refused, or approved with a condition not yet met.
    /// </summary>
    public GovernanceDecision RequireAuthorises(Guid agreementId, GovernanceStage stage, string field = "decisionId")
    {
        GovernanceRules.DecisionApprovesThis.Require(AgreementId == agreementId, field,
            $"Decision {Id} concerns another agreement.");
        GovernanceRules.DecisionApprovesThis.Require(Stage == stage, field,
            $"Decision {Id} approves {Stage}, not {stage}.");
        GovernanceRules.DecisionResolvedToApprove.Require(Approves, field,
            $"Decision {Id} was {Describe(Outcome)}: it authorises nothing; a later decision may follow.");
        GovernanceRules.ConditionsMetBeforeItAuthorises.Require(AuthorisesFrom is not null, field,
            $"Decision {Id} approved subject to {_conditions.Count(c => c.MetOn is null)} condition(s) not yet "
            + "recorded as met.");
        return this;
    }

    private static string Describe(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.ApprovedWithConditions => "approved with conditions",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
