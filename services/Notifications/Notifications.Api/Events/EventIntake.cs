using System.Text.Json;
using Commissioning.Eventing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Deliveries;
using Notifications.Domain.Endpoints;
using Notifications.Domain.SeedWork;
using Notifications.Domain.Visibility;

namespace Notifications.Api.Events;

/// <summary>
/// Takes one received event (inside the inbox's transaction): keeps it for the feed with the providers
/// ProviderVisibility lets see it, and gives every active endpoint of those providers that wants its type one
/// Delivery, queued at once. The store's unique key (endpoint, event) holds a redelivered event to nothing new.
/// </summary>
public static class EventIntake
{
    public static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task Take(NotificationsStore store, CloudEvent envelope, string type, string source,
        HeardEvent heard, CancellationToken ct)
    {
        if (!Guid.TryParse(envelope.Id, out var eventId))
            throw new EventRejectedException($"The event id '{envelope.Id}' is not a uuid.");
        if (string.IsNullOrWhiteSpace(heard.Subject))
            throw new EventRejectedException($"The {type} event names no subject (package, contract or provider).");
        var facts = heard.ContractId is { } contract && heard.Facts.NamedProvider is null
            ? heard.Facts with { NamedProvider = await ContractProvider(store, contract, ct) }
            : heard.Facts;
        var now = store.Clock.GetUtcNow();
        // The next place in the feed; two intakes racing for it collide on the key and the sidecar retries one.
        var sequence = (await store.ReceivedEvents.MaxAsync(e => (long?)e.Sequence, ct) ?? 0) + 1;
        store.ReceivedEvents.Add(new ReceivedEvent
        {
            Sequence = sequence, EventId = eventId.ToString(), Type = type, Source = source, Subject = heard.Subject,
            OccurredUtc = (heard.OccurredAt ?? envelope.Time ?? now).UtcDateTime, ReceivedUtc = now.UtcDateTime,
            Payload = JsonSerializer.Serialize(heard.Payload, PayloadJson),
        });
        foreach (var provider in ProviderVisibility.SeenBy(facts))
        {
            store.EventAudiences.Add(new EventAudience { Sequence = sequence, Provider = provider.Value });
            foreach (var endpoint in await store.Aggregates<WebhookEndpoint>().List(provider.Value, ct))
                if (endpoint.IsActive && endpoint.Wants(type))
                    Queue(store, Delivery.Create(endpoint.Id, provider, eventId, type, heard.Subject, sequence, now));
        }
    }

    /// <summary>
    /// A new delivery and its place in the worker's queue. It is one of a kind per endpoint and event (a replay
    /// is one of a kind per endpoint, event and replay), so a second intake of the same event adds nothing.
    /// </summary>
    public static void Queue(NotificationsStore store, Delivery delivery, Guid? replay = null)
    {
        var key = $"{delivery.EndpointId:N}:{delivery.EventId:N}" + (replay is { } r ? $":replay:{r:N}" : "");
        store.Aggregates<Delivery>().Add(delivery, delivery.EndpointId.ToString(), new UniqueKey(key, "eventId",
            $"Event {delivery.EventId} is already on its way to endpoint {delivery.EndpointId}."));
        store.DeliveryQueue.Add(new QueuedDelivery
        {
            DeliveryId = delivery.Id, EndpointId = delivery.EndpointId, Subject = delivery.Subject,
            Sequence = delivery.Sequence,
            DueUtc = (delivery.NextAttemptAt ?? delivery.CreatedAt).UtcDateTime,
        });
    }

    /// <summary>
    /// The provider of a contract an event names only by id: the one its latest award or novation this service
    /// received named; none when it received neither, so the event is shown to nobody.
    /// </summary>
    private static async Task<OrganisationCode?> ContractProvider(NotificationsStore store, string contract,
        CancellationToken ct)
    {
        var named = await store.ReceivedEvents
            .Where(e => e.Subject == contract
                && (e.Type == ProviderEventTypes.ContractAwarded || e.Type == ProviderEventTypes.ContractNovated))
            .MaxAsync(e => (long?)e.Sequence, ct);
        var provider = named is null ? null : await store.EventAudiences.Where(a => a.Sequence == named)
            .Select(a => a.Provider).FirstOrDefaultAsync(ct);
        return provider is null ? null : OrganisationCode.Of(provider, "provider");
    }
}
