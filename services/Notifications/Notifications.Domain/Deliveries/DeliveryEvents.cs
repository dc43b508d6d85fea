using Commissioning.Domain;
using Notifications.Domain.SeedWork;

namespace Notifications.Domain.Deliveries;

/// <summary>Every scheduled attempt failed; the provider may replay the delivery (issue 19 capability 4).</summary>
public sealed record DeliveryExhausted(Guid DeliveryId, Guid EndpointId, OrganisationCode Owner, Guid EventId,
    string EventType, int Attempts, DateTimeOffset At) : IDomainEvent;
