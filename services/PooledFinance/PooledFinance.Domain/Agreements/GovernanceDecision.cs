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
/// A decision as the record a governance officer keeps (A:508): the deciding body (a Cabinet, a Governing Body, a
/// partnership board), the partner body it belongs to (none for a joint body deciding for every partner), the
/// meeting's date, the delegations it relied on from each partner, the stage or thing it approves and the agreement
/// it concerns. Agreements, variations, settlements and awards point at the decision that authorised them.
/// </summary>
public sealed class GovernanceDecision : AggregateRoot
{
    private readonly List<Delegation> _delegations = [];

    private GovernanceDecision() { }

    public Guid PartnershipId { get; private set; }
    public Guid AgreementId { get; private set; }
    public Guid? PartnerBodyId { get; private set; }
    public string Body { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public DateOnly DecidedOn { get; private set; }
    public GovernanceStage Stage { get; private set; }
    public IReadOnlyList<Delegation> Delegations => _delegations;

    /// <summary>
    /// Records the decision. A stage decision (approval in principle, heads of terms, the formal agreement) is a
    /// partner body's own and is entered on the agreement, which refuses it out of order (S:114-118, P:L423);
    /// anything else is either one partner's, citing its own delegation, or a joint body's, citing every partner's.
    /// </summary>
    public static GovernanceDecision Record(Section75Agreement agreement, Guid? partnerBodyId, string body,
        string subject, DateOnly decidedOn, GovernanceStage stage, IReadOnlyCollection<Delegation> delegations)
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
        };
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
            partnerBodyId, decision.Body, stage, decidedOn));
        return decision;
    }

    /// <summary>The decision as the joint decision a variation or settlement has always carried.</summary>
    public JointDecision ToJointDecision() => new(Body, Subject, DecidedOn, Delegations);

    /// <summary>Refuses, naming <paramref name="field"/>, a decision on another agreement or thing.</summary>
    public GovernanceDecision RequireAuthorises(Guid agreementId, GovernanceStage stage, string field = "decisionId")
    {
        GovernanceRules.DecisionApprovesThis.Require(AgreementId == agreementId, field,
            $"Decision {Id} concerns another agreement.");
        GovernanceRules.DecisionApprovesThis.Require(Stage == stage, field,
            $"Decision {Id} approves {Stage}, not {stage}.");
        return this;
    }
}
