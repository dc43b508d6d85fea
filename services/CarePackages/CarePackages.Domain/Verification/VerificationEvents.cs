using CarePackages.Domain.People;
using CarePackages.Domain.SeedWork;

namespace CarePackages.Domain.Verification;

/// <summary>Funding agreed: pooled finance records each line as a commitment against its budget line.</summary>
public sealed record FundingAgreed(Guid AggregateId, Guid SupportPlanId, PersonReference Person, decimal WeeklyCost, decimal OneOffCost,
    DateOnly StartDate, string FinancialYear, IReadOnlyList<CommitmentLine> Commitments, Guid AgreedBy, DateOnly AgreedOn)
    : DomainEvent(AggregateId);

/// <summary>The commitment takes a budget line past its headroom: pooled finance's variance process takes it from here.</summary>
public sealed record ForecastOverspendSignalled(Guid AggregateId, Guid SupportPlanId, Guid FundId, string BudgetLineCode,
    string FinancialYear, decimal Commitment, decimal Headroom, decimal Overspend) : DomainEvent(AggregateId);

public sealed record SupportPlanReturned(Guid AggregateId, Guid SupportPlanId, PersonReference Person, IReadOnlyList<ReturnReason> Reasons,
    string Note, DateOnly On) : DomainEvent(AggregateId);

public sealed record SupportPlanDeclined(Guid AggregateId, Guid SupportPlanId, PersonReference Person, DeclineReason Reason,
    string Note, DateOnly On) : DomainEvent(AggregateId);
