using PooledFinance.Domain.Agreements;

namespace PooledFinance.Api.Apis;

/// <summary>
/// A decision to record: the deciding body, the partner body it belongs to (left out for a joint body deciding for
/// every partner), what it approves, when, and each delegation it relied on.
/// </summary>
public sealed record NewDecision(string Body, string Subject, DateOnly DecidedOn, GovernanceStage Stage,
    IReadOnlyList<DelegationView> Delegations, Guid? PartnerBodyId = null);

/// <summary>The final s75's independent legal scrutiny, recorded before governing bodies see it (P:L423).</summary>
public sealed record LegalScrutinyRequest(string ScrutinisedBy, string Reference, DateOnly CompletedOn);

public sealed record LegalScrutinyView(string ScrutinisedBy, string Reference, DateOnly CompletedOn)
{
    public static LegalScrutinyView? Of(LegalScrutiny? s) =>
        s is null ? null : new(s.ScrutinisedBy, s.Reference, s.CompletedOn);
}

/// <summary>A partner's decision at an approval stage, as the agreement keeps it.</summary>
public sealed record StageApprovalView(Guid DecisionId, Guid PartnerBodyId, GovernanceStage Stage, DateOnly DecidedOn);

/// <summary>A recorded governance decision and the agreement it concerns.</summary>
public sealed record GovernanceDecisionView(Guid Id, Guid PartnershipId, Guid AgreementId, Guid? PartnerBodyId,
    string Body, string Subject, DateOnly DecidedOn, GovernanceStage Stage, IReadOnlyList<DelegationView> Delegations)
{
    public static GovernanceDecisionView Of(GovernanceDecision d) => new(d.Id, d.PartnershipId, d.AgreementId,
        d.PartnerBodyId, d.Body, d.Subject, d.DecidedOn, d.Stage,
        d.Delegations.Select(x => new DelegationView(x.PartnerBodyId, x.Reference)).ToList());
}

/// <summary>One page of an agreement's decisions; <c>nextPageToken</c> asks for the next, null on the last.</summary>
public sealed record DecisionPage(IReadOnlyList<GovernanceDecisionView> Decisions, string? NextPageToken);
