using CarePackages.Domain.People;
using CarePackages.Domain.SeedWork;

namespace CarePackages.Domain.Packages;

/// <summary>The package is live: pooled finance commits the weekly amounts on each budget line.</summary>
public sealed record PackageStarted(Guid AggregateId, Guid SupportPlanId, PersonReference Person, DateOnly StartDate,
    decimal PersonalBudgetWeekly, decimal DirectPaymentWeekly, IReadOnlyList<BudgetLineAmount> WeeklyCommitments) : DomainEvent(AggregateId);

public sealed record PackageCostChanged(Guid AggregateId, PersonReference Person, Guid LineId, int Version, decimal PreviousWeekly,
    decimal NewWeekly, DateOnly EffectiveFrom, DateOnly RecordedOn, IReadOnlyList<BudgetLineAmount> WeeklyCommitments) : DomainEvent(AggregateId);

public sealed record CostAdjustmentRaised(Guid AggregateId, PersonReference Person, Guid LineId, DateOnly From, DateOnly To,
    decimal Amount, IReadOnlyList<BudgetLineAmount> Split) : DomainEvent(AggregateId);

public sealed record PackageReviewed(Guid AggregateId, PersonReference Person, DateOnly On, ReviewReason Reason, ReviewMethod Method,
    DateOnly NextReviewDue) : DomainEvent(AggregateId);

public sealed record PackageSuspended(Guid AggregateId, PersonReference Person, DateOnly From, string Reason) : DomainEvent(AggregateId);

public sealed record PackageResumed(Guid AggregateId, PersonReference Person, DateOnly On) : DomainEvent(AggregateId);

/// <summary>
/// The package ended: these weekly commitments stop from the day after <paramref name="EndDate"/>, and
/// <paramref name="ReleasedThisYear"/> is what pooled finance takes off each budget line's commitment.
/// </summary>
public sealed record PackageEnded(Guid AggregateId, PersonReference Person, DateOnly EndDate, EndReason Reason,
    IReadOnlyList<BudgetLineAmount> ReleasedWeeklyCommitments, IReadOnlyList<BudgetLineAmount> ReleasedThisYear) : DomainEvent(AggregateId);

public sealed record PackageTransitionedToAdultServices(Guid AggregateId, PersonReference Person, DateOnly On, decimal PersonalBudgetWeekly)
    : DomainEvent(AggregateId);

/// <summary>The package went live: the council's charging team owes it a financial assessment (A §5.26).</summary>
public sealed record FinancialAssessmentRequested(Guid AggregateId, PersonReference Person, DateOnly RequestedOn)
    : DomainEvent(AggregateId);

public sealed record FinancialAssessmentRecorded(Guid AggregateId, PersonReference Person, DateOnly AssessedOn,
    ChargingOutcome Outcome, decimal? WeeklyContribution) : DomainEvent(AggregateId);
