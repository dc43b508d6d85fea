using Commissioning.Persistence;

namespace Returns.Api.Events;

/// <summary>
/// An event the service received, kept whole (issue 18 cap. 1: "the service keeps every event it received, so
/// a read model can be rebuilt from them"): its CloudEvent id (one row per id, so a redelivery adds nothing), its
/// place in the order received, type, source, subject, the council it concerns and its data as delivered.
/// </summary>
public sealed class ArchivedEvent : IAppendOnly
{
    public required string EventId { get; init; }
    public long Sequence { get; init; }
    public required string Type { get; init; }
    public required string Source { get; init; }
    public string? Subject { get; init; }
    public string? Council { get; init; }
    public DateTime ReceivedUtc { get; init; }
    public required string Data { get; init; }
}
