namespace Commissioning.Eventing.Inbox;

/// <summary>
/// "This consumer has applied this event", written in the same transaction as the handler's changes.
/// Keyed by consumer and event id, not event id alone: two handlers of one event must each apply it once.
/// </summary>
public sealed class InboxRecord
{
    public string Consumer { get; init; } = "";
    public string EventId { get; init; } = "";
    public DateTime ProcessedUtc { get; init; }
}
