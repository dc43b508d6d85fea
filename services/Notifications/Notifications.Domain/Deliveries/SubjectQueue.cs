namespace Notifications.Domain.Deliveries;

/// <summary>
/// Rule OrderedPerSubject (issue 19 capability 3): for each endpoint, the deliveries of one subject go
/// in the order of their events. Of the pending deliveries of a subject to an endpoint only the earliest
/// (lowest <see cref="Delivery.Sequence"/>) may go, and only once it is due; the rest wait behind it even
/// when their own attempt is due, so a receiver never sees "awarded" before "offered". A delivery that
/// succeeded, was exhausted or stopped no longer holds its subject back.
/// </summary>
public static class SubjectQueue
{
    /// <summary>Those of <paramref name="pending"/> that may be attempted at <paramref name="now"/>.</summary>
    public static IReadOnlyList<Delivery> MayGoNow(IEnumerable<Delivery> pending, DateTimeOffset now) =>
        pending.Where(d => d.Status == DeliveryStatus.Pending)
            .GroupBy(d => (d.EndpointId, d.Subject))
            .Select(g => g.MinBy(d => d.Sequence)!)
            .Where(d => d.IsDue(now))
            .OrderBy(d => d.Sequence)
            .ToArray();
}
