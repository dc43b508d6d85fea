using Commissioning.Domain;
using Notifications.Domain.SeedWork;

namespace Notifications.Domain.Deliveries;

/// <summary>
/// One event on its way to one endpoint, at least once: every attempt is recorded and the next one is
/// scheduled by <see cref="DeliverySchedule"/> until the receiver answers 2xx, the schedule is spent or the
/// endpoint is disabled. <see cref="MessageId"/> is the event's id, the same on every attempt and replay,
/// so a receiver that deduplicates on <c>webhook-id</c> takes it once. <see cref="Sequence"/> is the
/// event's place in the service's feed: it orders deliveries of one subject (<see cref="SubjectQueue"/>).
/// </summary>
public sealed class Delivery : AggregateRoot
{
    private readonly List<DeliveryAttempt> _attempts = [];

    private Delivery() { }

    public Guid EndpointId { get; private set; }
    public OrganisationCode Owner { get; private set; }
    public Guid EventId { get; private set; }
    public string EventType { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public long Sequence { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DeliveryStatus Status { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public IReadOnlyList<DeliveryAttempt> Attempts => _attempts;

    public string MessageId => $"msg_{EventId:N}";

    /// <summary>A new delivery is due at once: the schedule's first wait is none.</summary>
    public static Delivery Create(Guid endpointId, OrganisationCode owner, Guid eventId, string eventType,
        string subject, long sequence, DateTimeOffset at)
    {
        DeliveryRules.EventTypeCarried.Require(!string.IsNullOrWhiteSpace(eventType), "eventType",
            "A delivery carries an event type.");
        DeliveryRules.SubjectCarried.Require(!string.IsNullOrWhiteSpace(subject), "subject",
            "A delivery needs its event's subject: deliveries of one subject go in order.");
        DeliveryRules.FeedCountsFromOne.Require(sequence > 0, "sequence",
            "An event's place in the feed counts from 1.");
        return new Delivery
        {
            EndpointId = endpointId, Owner = owner, EventId = eventId, EventType = eventType.Trim(),
            Subject = subject.Trim(), Sequence = sequence, CreatedAt = at, Status = DeliveryStatus.Pending,
            NextAttemptAt = at + DeliverySchedule.Delays[0],
        };
    }

    public bool IsDue(DateTimeOffset now) => Status == DeliveryStatus.Pending && NextAttemptAt <= now;

    /// <summary>
    /// Records an attempt made at <paramref name="at"/> and decides what follows: 2xx succeeds; 410 stops
    /// the delivery (the endpoint is disabled, see WebhookEndpoint.RecordDeliveryFailed); any other answer
    /// or none is retried on the schedule, lengthened by <paramref name="jitter"/> and any longer Retry-After,
    /// until the eighth attempt fails and the delivery is exhausted.
    /// </summary>
    public DeliveryStatus RecordAttempt(AttemptResult result, DateTimeOffset at, double jitter)
    {
        if (Status != DeliveryStatus.Pending)
            throw DeliveryRules.DeliveryOpen.Broken("deliveryId",
                $"The delivery is {Status}; it takes no more attempts.");
        if (at < NextAttemptAt)
            throw DeliveryRules.AttemptDue.Broken("at", $"The next attempt is not due until {NextAttemptAt:O}.");
        result.Check();
        _attempts.Add(new DeliveryAttempt(_attempts.Count + 1, at, result.StatusCode, result.Failure?.Trim(),
            result.Duration, ResponseExcerpt.Cut(result.ResponseBody)));
        if (DeliverySchedule.Succeeded(result.StatusCode)) return Finish(DeliveryStatus.Succeeded);
        if (DeliverySchedule.DisablesEndpoint(result.StatusCode)) return Finish(DeliveryStatus.Stopped);
        NextAttemptAt = DeliverySchedule.NextAttemptAt(at, _attempts.Count, jitter, result.RetryAfter);
        if (NextAttemptAt is not null) return Status;
        Raise(new DeliveryExhausted(Id, EndpointId, Owner, EventId, EventType, _attempts.Count, at));
        return Finish(DeliveryStatus.Exhausted);
    }

    /// <summary>The endpoint was disabled: nothing more is sent; a replay after re-enabling starts afresh.</summary>
    public void Stop()
    {
        if (Status == DeliveryStatus.Pending) Finish(DeliveryStatus.Stopped);
    }

    private DeliveryStatus Finish(DeliveryStatus status)
    {
        Status = status;
        NextAttemptAt = null;
        return status;
    }
}
