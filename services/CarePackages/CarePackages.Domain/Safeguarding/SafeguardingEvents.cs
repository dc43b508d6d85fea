using CarePackages.Domain.People;
using CarePackages.Domain.SeedWork;

namespace CarePackages.Domain.Safeguarding;

public sealed record SafeguardingConcernRaised(Guid AggregateId, PersonReference Person, ConcernKind Kind, Worklist Worklist,
    Guid? InvestigatingProviderId, DateOnly On) : DomainEvent(AggregateId);

public sealed record SafeguardingConcernClosed(Guid AggregateId, PersonReference Person, DateOnly On) : DomainEvent(AggregateId);
