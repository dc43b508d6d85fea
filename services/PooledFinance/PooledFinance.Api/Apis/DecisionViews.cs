using PooledFinance.Domain.Agreements;

namespace PooledFinance.Api.Apis;

/// <summary>
/// A decision to record: the deciding body, the partner body it belongs to (left out for a joint body deciding for
/// every partner), what it approves, when, each delegation it relied on, and what the body resolved (left out, an
/// approval, as before outcomes were recorded) with the conditions of an approval made subject to them.
/// </summary>
public sealed record NewDecision(string Body, string Subject, DateOnly DecidedOn, GovernanceStage Stage,
    IReadOnlyList<DelegationView> Delegations, Guid? PartnerBodyId = null, DecisionOutcome? Outcome = null,
    IReadOnlyList<string>? Conditions = null);

/// <summary>A condition of the decision met: the day it was (who recorded it is the caller).</summary>
public sealed record ConditionMetRequest(int Condition, DateOnly MetOn);

/// <summary>A condition of an approval, numbered from 1 as the minutes number them, and when it was met.</summary>
public sealed record DecisionConditionView(int Number, string Text, DateOnly? MetOn, string? MetRecordedBy);

/// <summary>The final s75's independent legal scrutiny, recorded before governing bodies see it (P:L423).</summary>
public sealed record LegalScrutinyRequest(string ScrutinisedBy, string Reference, DateOnly CompletedOn);

public sealed record LegalScrutinyView(string ScrutinisedBy, string Reference, DateOnly CompletedOn)
{
    public static LegalScrutinyView? Of(LegalScrutiny? s) =>
        s is null ? null : new(s.ScrutinisedBy, s.Reference, s.CompletedOn);
}

/// <summary>
/// A partner's approving decision at a stage, as the agreement keeps it; one made subject to conditions counts
/// towards the stage only once they are met (awaitsConditions false, conditionsMetOn the day the last was).
/// </summary>
public sealed record StageApprovalView(Guid DecisionId, Guid PartnerBodyId, GovernanceStage Stage, DateOnly DecidedOn,
    bool AwaitsConditions, DateOnly? ConditionsMetOn)
{
    public static StageApprovalView Of(StageApproval s) =>
        new(s.DecisionId, s.PartnerBodyId, s.Stage, s.DecidedOn, s.AwaitsConditions, s.ConditionsMetOn);
}

/// <summary>
/// A recorded governance decision and the agreement it concerns: what the body resolved, its conditions, and the day
/// it authorises from (null while it authorises nothing: deferred, refused, or a condition not yet met).
/// </summary>
public sealed record GovernanceDecisionView(Guid Id, Guid PartnershipId, Guid AgreementId, Guid? PartnerBodyId,
    string Body, string Subject, DateOnly DecidedOn, GovernanceStage Stage, IReadOnlyList<DelegationView> Delegations,
    DecisionOutcome Outcome, IReadOnlyList<DecisionConditionView> Conditions, DateOnly? AuthorisesFrom)
{
    public static GovernanceDecisionView Of(GovernanceDecision d) => new(d.Id, d.PartnershipId, d.AgreementId,
        d.PartnerBodyId, d.Body, d.Subject, d.DecidedOn, d.Stage,
        d.Delegations.Select(x => new DelegationView(x.PartnerBodyId, x.Reference)).ToList(), d.Outcome,
        d.Conditions.Select((c, i) => new DecisionConditionView(i + 1, c.Text, c.MetOn, c.MetRecordedBy)).ToList(),
        d.AuthorisesFrom);
}

/// <summary>One page of an agreement's decisions; <c>nextPageToken</c> asks for the next, null on the last.</summary>
public sealed record DecisionPage(IReadOnlyList<GovernanceDecisionView> Decisions, string? NextPageToken);
