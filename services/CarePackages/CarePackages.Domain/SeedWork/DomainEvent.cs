using Commissioning.Domain;

namespace CarePackages.Domain.SeedWork;

/// <summary>
/// Something that happened to one of this service's aggregates, named by the aggregate's id. Events
/// never carry identity (NHS number, name, date of birth): a person is named only by the
/// pseudonymous <see cref="People.PersonReference"/>. The outbox adds the event id and timestamp;
/// the domain records the business date.
/// </summary>
public abstract record DomainEvent(Guid AggregateId) : IDomainEvent;
