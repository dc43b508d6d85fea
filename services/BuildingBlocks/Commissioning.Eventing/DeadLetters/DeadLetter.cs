namespace Commissioning.Eventing.DeadLetters;

/// <summary>An event the sidecar gave up on (DROP, 404, or retries exhausted), kept whole for an operator.</summary>
public sealed class DeadLetter
{
    public string DeadLetterTopic { get; init; } = "";
    public string EventId { get; init; } = "";
    public string? OriginalTopic { get; init; }
    public string Type { get; init; } = "";
    public string Source { get; init; } = "";
    public string? Subject { get; init; }
    /// <summary>The complete CloudEvent as it reached the dead-letter topic.</summary>
    public string Event { get; init; } = "";
    public DateTime ReceivedUtc { get; init; }
}
