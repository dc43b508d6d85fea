using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Delivering;

/// <summary>
/// Rule FeedRetention (issue 19 cap. 4, "retention stated in the docs"): an event stays in the feed, and can be
/// replayed, for <c>Notifications:FeedRetention</c> after it was received (30 days unless set, as Svix and Stripe
/// keep theirs). Each sweep (<c>Notifications:RetentionSweepInterval</c>, hourly unless set) removes older events
/// with the providers they were shown to, in one transaction, except an event a delivery still waits to send.
/// The deliveries and their attempts stay on the endpoint's view: they are audited records, not the feed.
/// </summary>
public sealed class FeedRetention(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config,
    ILogger<FeedRetention> log) : ScheduledSweep<NotificationsStore>(scopes, clock,
    config.GetValue("Notifications:RetentionSweepInterval", TimeSpan.FromHours(1)), Authority, log)
{
    public const string Authority = "feed retention";
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(30);
    private readonly TimeSpan _retention = config.GetValue("Notifications:FeedRetention", DefaultRetention);

    /// <summary>Removes the events past retention; returns how many.</summary>
    protected override async Task<int> Sweep(NotificationsStore store, CancellationToken ct)
    {
        var before = (Clock.GetUtcNow() - _retention).UtcDateTime;
        var expired = store.ReceivedEvents.Where(e => e.ReceivedUtc < before
            && !store.DeliveryQueue.Any(q => q.Sequence == e.Sequence));
        await using var transaction = await store.Database.BeginTransactionAsync(ct);
        await store.EventAudiences.Where(a => expired.Any(e => e.Sequence == a.Sequence)).ExecuteDeleteAsync(ct);
        var removed = await expired.ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return removed;
    }
}
