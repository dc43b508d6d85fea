using CarePackages.Domain.SeedWork;

namespace CarePackages.Domain.People;

public sealed record PersonRegistered(Guid AggregateId, PersonReference Person) : DomainEvent(AggregateId);

public sealed record CarerLinked(Guid AggregateId, PersonReference Carer, PersonReference CaredFor, bool YoungCarer)
    : DomainEvent(AggregateId);
