using CarePackages.Domain.People;
using CarePackages.Domain.SeedWork;

namespace CarePackages.Domain.Assessments;

public sealed record ReferralReceived(Guid AggregateId, PersonReference Person, RouteOfAccess Route, DateOnly ReceivedOn, Cohort Cohort)
    : DomainEvent(AggregateId);

public sealed record ReferralClosed(Guid AggregateId, PersonReference Person, DateOnly ClosedOn) : DomainEvent(AggregateId);

public sealed record TransitionedToAdultServices(Guid AggregateId, PersonReference Person, DateOnly On) : DomainEvent(AggregateId);

public sealed record TransitionDueStateReached(Guid AggregateId, PersonReference Person, DateOnly EighteenthBirthday,
    TransitionState State) : DomainEvent(AggregateId);

public sealed record AssessmentCompleted(Guid AggregateId, PersonReference Person, AssessmentType Type, EligibilityOutcome Outcome,
    bool PerformedUnderDelegation, DateOnly CompletedOn, IReadOnlyList<WellbeingArea> EligibleNeedAreas) : DomainEvent(AggregateId);
