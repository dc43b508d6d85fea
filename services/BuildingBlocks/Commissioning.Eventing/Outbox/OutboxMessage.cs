namespace Commissioning.Eventing.Outbox;

/// <summary>
/// An integration event written in the same transaction as the state change it reports, waiting for the
/// relay to hand it to the sidecar. <see cref="Id"/> becomes the CloudEvent id, so a re-publish after a
/// crash carries the same id and consumers' inboxes drop the duplicate.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    /// <summary>Strictly increasing within a process (ticks, bumped on ties), so the relay keeps the order in which events were enqueued.</summary>
    public long Sequence { get; init; }
    public string Topic { get; init; } = "";
    public string Type { get; init; } = "";
    public string Source { get; init; } = "";
    /// <summary>The aggregate's id; the relay publishes one subject's events strictly in order.</summary>
    public string Subject { get; init; } = "";
    public string? TraceParent { get; init; }
    public string Payload { get; init; } = "";
    public DateTime CreatedUtc { get; init; }
    public DateTime? PublishedUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
