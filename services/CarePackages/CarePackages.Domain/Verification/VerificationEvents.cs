using CarePackages.Domain.People;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.Verification;

/// <summary>Funding agreed: pooled finance records each line as a commitment against its budget line.</summary>
public sealed record FundingAgreed(Guid AggregateId, Guid SupportPlanId, PersonReference Person, decimal WeeklyCost, decimal OneOffCost,
    DateOnly StartDate, string FinancialYear, IReadOnlyList<CommitmentLine> Commitments, Guid AgreedBy, DateOnly AgreedOn)
    : DomainEvent(AggregateId);

/// <summary>
/// The commitment takes a budget line past its headroom: pooled finance keeps it on the fund for the
/// partners' joint mitigation (A §4.11 L876).
/// </summary>
public sealed record ForecastOverspendSignalled(Guid AggregateId, Guid SupportPlanId, Guid FundId, string BudgetLineCode,
    FinancialYear FinancialYear, decimal Commitment, decimal Headroom, decimal Overspend, DateOnly SignalledOn)
    : DomainEvent(AggregateId);

public sealed record SupportPlanReturned(Guid AggregateId, Guid SupportPlanId, PersonReference Person, IReadOnlyList<ReturnReason> Reasons,
    string Note, DateOnly On) : DomainEvent(AggregateId);

public sealed record SupportPlanDeclined(Guid AggregateId, Guid SupportPlanId, PersonReference Person, DeclineReason Reason,
    string Note, DateOnly On) : DomainEvent(AggregateId);
