namespace Notifications.Api.Infrastructure;

/// <summary>
/// An event the service received and kept for the feed (issue 19 capability 4): its id, type, source, subject,
/// time and thin payload (ids, status, the provider's amounts; never a person). <see cref="Sequence"/> is its
/// place in the feed, counted from 1 in the order received; it orders deliveries of one subject.
/// </summary>
public sealed class ReceivedEvent
{
    public long Sequence { get; init; }
    public required string EventId { get; init; }
    public required string Type { get; init; }
    public required string Source { get; init; }
    public required string Subject { get; init; }
    public DateTime OccurredUtc { get; init; }
    public DateTime ReceivedUtc { get; init; }
    public required string Payload { get; init; }
}

/// <summary>One provider that may see a received event (ProviderVisibility): the feed's filter.</summary>
public sealed class EventAudience
{
    public long Sequence { get; init; }
    public required string Provider { get; init; }
}

/// <summary>
/// A pending delivery as the worker finds it without reading every delivery: its endpoint, subject, place
/// and when its next attempt is due. The row goes when the delivery succeeds, is exhausted or stopped.
/// A worker about to attempt it claims it first (<see cref="ClaimedBy"/> until <see cref="LeaseUntilUtc"/>, set
/// by a conditional UPDATE in the store), so replicas sharing the store never attempt it at once; a lease that
/// has run out (its worker died) may be claimed again.
/// </summary>
public sealed class QueuedDelivery
{
    public Guid DeliveryId { get; init; }
    public Guid EndpointId { get; init; }
    public required string Subject { get; init; }
    public long Sequence { get; init; }
    public DateTime DueUtc { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>The attempt is recorded: the row waits for its next one, claimed by no one.</summary>
    public void Release(DateTime dueUtc)
    {
        DueUtc = dueUtc;
        ClaimedBy = null;
        LeaseUntilUtc = null;
    }
}
