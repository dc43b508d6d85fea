using System.Text.Json;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Deliveries;

namespace Notifications.Api.Apis;

/// <summary>One event on its way to one endpoint, with every attempt (issue 19: every attempt recorded).</summary>
public sealed record DeliveryView(Guid Id, Guid EventId, string MessageId, string EventType, string Subject,
    long Sequence, DeliveryStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt,
    IReadOnlyList<DeliveryAttemptView> Attempts)
{
    public static DeliveryView Of(Delivery d) => new(d.Id, d.EventId, d.MessageId, d.EventType, d.Subject,
        d.Sequence, d.Status, d.CreatedAt, d.NextAttemptAt, d.Attempts.Select(DeliveryAttemptView.Of).ToList());
}

/// <summary>One attempt: the receiver's status code or why there was none, how long it took, its answer's start.
/// </summary>
public sealed record DeliveryAttemptView(int Number, DateTimeOffset At, int? StatusCode, string? Failure,
    double DurationMilliseconds, string? ResponseExcerpt)
{
    public static DeliveryAttemptView Of(DeliveryAttempt a) =>
        new(a.Number, a.At, a.StatusCode, a.Failure, a.Duration.TotalMilliseconds, a.ResponseExcerpt);
}

/// <summary>What a replay asks for: the events received from <c>from</c> until <c>to</c>, or every failed one.
/// </summary>
public sealed record ReplayRequest(DateTimeOffset? From = null, DateTimeOffset? To = null, bool? Failed = null);

/// <summary>A replay: how many events were queued again for the endpoint, each under its own webhook-id.</summary>
public sealed record ReplayView(Guid ReplayId, int Queued);

/// <summary>An event of the feed as the provider may see it: its place, its CloudEvent attributes, thin data.
/// </summary>
public sealed record ProviderEventView(long Sequence, Guid Id, string Type, string Source, string Subject,
    DateTimeOffset Time, JsonElement Data)
{
    public static ProviderEventView Of(ReceivedEvent e) => new(e.Sequence, Guid.Parse(e.EventId), e.Type, e.Source,
        e.Subject, new DateTimeOffset(DateTime.SpecifyKind(e.OccurredUtc, DateTimeKind.Utc)),
        JsonDocument.Parse(e.Payload).RootElement.Clone());
}

/// <summary>One page of the feed, newest last; <c>next</c> is the cursor to ask <c>after</c> for the next page.
/// </summary>
public sealed record ProviderEventPage(IReadOnlyList<ProviderEventView> Events, long Next);
