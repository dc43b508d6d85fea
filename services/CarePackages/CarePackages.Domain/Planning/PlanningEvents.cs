using CarePackages.Domain.People;
using CarePackages.Domain.SeedWork;

namespace CarePackages.Domain.Planning;

public sealed record SupportPlanQualityAssured(Guid AggregateId, PersonReference Person, Guid ReviewerId, DateOnly On)
    : DomainEvent(AggregateId);

public sealed record SupportPlanSubmittedForVerification(Guid AggregateId, PersonReference Person, DateOnly On)
    : DomainEvent(AggregateId);

public sealed record CrisisPlanOffered(Guid AggregateId, PersonReference Person, DateOnly OfferedOn, bool Accepted)
    : DomainEvent(AggregateId);
