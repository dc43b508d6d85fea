using Commissioning.Eventing.Subscribing;
using Microsoft.EntityFrameworkCore;
using Returns.Api.Infrastructure;

namespace Returns.Api.Events;

/// <summary>
/// Keeps every event the service receives, once by its CloudEvent id, in the order received (issue 18 cap. 1), in the
/// inbox's transaction: each subscription archives what it hears here and then projects it into its read model.
/// </summary>
public static class EventArchive
{
    /// <summary>The event archived, or null when its id is archived already (a redelivery changes nothing).</summary>
    public static async Task<ArchivedEvent?> Keep<T>(ReturnsStore store, DeliveredEvent<T> delivered, string? council,
        CancellationToken ct) where T : class
    {
        if (await store.ArchivedEvents.AnyAsync(e => e.EventId == delivered.Id, ct)) return null;
        var last = await store.ArchivedEvents.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        var archived = new ArchivedEvent
        {
            EventId = delivered.Id, Sequence = last + 1, Type = delivered.Type, Source = delivered.Envelope.Source,
            Subject = delivered.Subject, Council = string.IsNullOrWhiteSpace(council) ? null : council.Trim(),
            ReceivedUtc = store.Clock.GetUtcNow().UtcDateTime, Data = delivered.Envelope.Data!.Value.GetRawText(),
        };
        store.ArchivedEvents.Add(archived);
        return archived;
    }
}
