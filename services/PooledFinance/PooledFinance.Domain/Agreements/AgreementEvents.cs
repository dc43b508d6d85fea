using Commissioning.Domain;

namespace PooledFinance.Domain.Agreements;

public sealed record AgreementApproved(Guid AgreementId, DateOnly ApprovedOn) : IDomainEvent;

public sealed record AgreementVaried(Guid AgreementId, Guid VariationId, DateOnly EffectiveFrom) : IDomainEvent;

public sealed record NoticeServed(Guid AgreementId, Guid ServedBy, DateOnly EffectiveEnd) : IDomainEvent;

public sealed record MaterialChangeDetected(Guid AgreementId, Guid MaterialChangeId, FinancialYear Year,
    decimal CumulativeImpact, decimal Threshold) : IDomainEvent;

public sealed record GovernanceDecisionRecorded(Guid DecisionId, Guid AgreementId, Guid PartnershipId,
    Guid? PartnerBodyId, string Body, GovernanceStage Stage, DateOnly DecidedOn, DecisionOutcome Outcome,
    IReadOnlyList<string> Conditions) : IDomainEvent;

/// <summary>
/// An approval with conditions had its last condition recorded as met: it authorises from
/// <paramref name="AuthorisesFrom"/>, the latest day any of them was met, which is after <paramref name="MetOn"/>
/// (the day given for the condition whose recording completed them) when an earlier condition was met later.
/// </summary>
public sealed record GovernanceDecisionConditionsMet(Guid DecisionId, Guid AgreementId, Guid PartnershipId,
    Guid? PartnerBodyId, GovernanceStage Stage, DateOnly MetOn, DateOnly AuthorisesFrom) : IDomainEvent;
