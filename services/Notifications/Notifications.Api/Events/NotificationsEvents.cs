using Commissioning.Domain;
using Commissioning.Eventing.Outbox;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Notifications.Domain.Deliveries;
using Notifications.Domain.Endpoints;
using Notifications.Api.Infrastructure;
using Notifications.Domain.SeedWork;
using Common = Commissioning.Protos.Common.V1;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace Notifications.Api.Events;

/// <summary>
/// What the service itself publishes (issue 19 cap. 7), as the integration events of
/// proto/commissioning/events/v1/notifications_events.proto (topic "notifications.&lt;name&gt;"): an endpoint
/// disabled and a delivery exhausted, so the provider's own systems, and an operator's alerting, hear of it
/// besides the endpoint view. The other domain events (registered, validated, rotated) stay on the view.
/// </summary>
public static class NotificationsEvents
{
    /// <param name="occurredAt">When the change was saved, from the service's one clock.</param>
    public static void Publish(DbContext store, IDomainEvent domainEvent, DateTimeOffset occurredAt)
    {
        var now = Timestamp.FromDateTimeOffset(occurredAt);
        switch (domainEvent)
        {
            case EndpointDisabled e:
                Enqueue(store, "endpoint-disabled", e.EndpointId, new ProtoEvents.WebhookEndpointDisabled
                {
                    EndpointId = e.EndpointId.ToString(), Owner = Organisation(e.Owner), Reason = e.Reason,
                    OccurredAt = now,
                });
                break;
            case DeliveryExhausted e:
                Enqueue(store, "delivery-exhausted", e.EndpointId, new ProtoEvents.WebhookDeliveryExhausted
                {
                    DeliveryId = e.DeliveryId.ToString(), EndpointId = e.EndpointId.ToString(),
                    Owner = Organisation(e.Owner), EventId = e.EventId.ToString(), EventType = e.EventType,
                    Attempts = e.Attempts, OccurredAt = now,
                });
                break;
        }
    }

    private static Common.OrganisationRef Organisation(OrganisationCode code) =>
        new() { Code = code.Value, Kind = Common.OrganisationKind.Provider };

    // The endpoint is the subject of both, so its events stay in order for whoever listens.
    private const string Source = NotificationsStore.Source;

    private static void Enqueue(DbContext store, string name, Guid subject, IMessage payload) =>
        store.Outbox().Enqueue($"{Source}.{name}", $"commissioning.{Source}.{name}.v1", subject.ToString(), payload);
}
