using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Deliveries;
using Notifications.Domain.Endpoints;

namespace Notifications.Api.Delivering;

/// <summary>
/// Sends the deliveries that are due (issue 19 capability 3): on a short schedule, as the system, takes the
/// queue's first pending delivery of each subject to each endpoint (found in the store, SubjectQueue decides),
/// attempts it (<see cref="WebhookSender"/>) and records the attempt, its next one per DeliverySchedule with jitter
/// and any Retry-After. A 410, or 5 days of failures, disables the endpoint and stops its pending deliveries.
/// Replicas may share the store: each delivery is claimed in the store for one attempt before it is sent
/// (<see cref="QueuedDelivery"/>), so no two replicas send it at once; a claim lapses after
/// <c>Notifications:DeliveryLease</c> (1 minute unless set, longer than an attempt's 10 s), so the work of a replica
/// that died is taken up. Each attempt is saved, and its claim released, before the next is made, so a crash
/// repeats at most the attempt in flight (at least once; a receiver that deduplicates on webhook-id takes it once).
/// </summary>
public sealed class DeliveryWorker(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config,
    ILogger<DeliveryWorker> log) : ScheduledWork(clock,
    config.GetValue("Notifications:DeliverySweepInterval", TimeSpan.FromSeconds(1)), Authority, log)
{
    public const string Authority = "delivery worker";
    private const int Batch = 100;

    private readonly TimeSpan _lease = config.GetValue("Notifications:DeliveryLease", TimeSpan.FromMinutes(1));

    /// <summary>Who holds a claim: the machine and process, and this worker (two in one process are two).</summary>
    public string Claimant { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>One sweep: every delivery that may go now and that this worker claims is attempted once; returns
    /// how many were attempted.</summary>
    public override async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var attempted = 0;
        foreach (var id in await Going(Clock.GetUtcNow(), ct))
            if (await ClaimThenAttempt(id, ct)) attempted++;
        return attempted;
    }

    /// <summary>
    /// The deliveries that may go now: of the queue's rows, the first of each subject to each endpoint, due and
    /// claimed by no one (or by a lapsed claim), filtered in the store; then SubjectQueue's word on each.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> Going(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = Store(scope);
        var at = now.UtcDateTime;
        var heads = await store.DeliveryQueue.AsNoTracking()
            .Where(q => !store.DeliveryQueue.Any(earlier => earlier.EndpointId == q.EndpointId
                && earlier.Subject == q.Subject && earlier.Sequence < q.Sequence))
            .Where(q => q.DueUtc <= at && (q.LeaseUntilUtc == null || q.LeaseUntilUtc <= at))
            .OrderBy(q => q.Sequence).Take(Batch).Select(q => q.DeliveryId).ToListAsync(ct);
        var pending = new List<Delivery>();
        foreach (var id in heads)
            if (await store.Aggregates<Delivery>().Find(id, ct) is { } delivery) pending.Add(delivery);
        return SubjectQueue.MayGoNow(pending, now).Select(d => d.Id).ToArray();
    }

    /// <summary>
    /// Claims the delivery by one conditional UPDATE (still queued, due, and its lease free or lapsed: the store
    /// lets one claimant win), then reads it afresh, attempts it and records the attempt; false if another worker
    /// had it.
    /// </summary>
    private async Task<bool> ClaimThenAttempt(Guid deliveryId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = Store(scope);
        var now = Clock.GetUtcNow();
        var (at, until) = (now.UtcDateTime, (now + _lease).UtcDateTime);
        var claimed = await store.DeliveryQueue
            .Where(q => q.DeliveryId == deliveryId && q.DueUtc <= at
                && (q.LeaseUntilUtc == null || q.LeaseUntilUtc <= at))
            .ExecuteUpdateAsync(set => set.SetProperty(q => q.ClaimedBy, Claimant)
                .SetProperty(q => q.LeaseUntilUtc, until), ct);
        if (claimed == 0) return false;
        var (delivery, endpoint) = await Read(store, deliveryId, ct);
        if (!endpoint.IsActive)
        {
            await StopPending(store, endpoint.Id, ct);
            await store.SaveChangesAsync(ct);
            return true;
        }
        var received = await store.ReceivedEvents.AsNoTracking()
            .SingleAsync(e => e.EventId == delivery.EventId.ToString(), ct);
        var result = await scope.ServiceProvider.GetRequiredService<WebhookSender>()
            .Send(endpoint, delivery, received, ct);
        var attempt = (Result: result, At: Clock.GetUtcNow(), Jitter: Random.Shared.NextDouble());
        try
        {
            await Record(store, delivery, endpoint, attempt, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another worker saved the endpoint meanwhile (its failing since, after a delivery of another subject):
            // the attempt is recorded once more on what is stored now rather than lost and, its claim held, sent
            // again. A second conflict, or a claim taken over, is left to the lease.
            await using var again = scopes.CreateAsyncScope();
            var fresh = Store(again);
            var (stored, storedEndpoint) = await Read(fresh, deliveryId, ct);
            await Record(fresh, stored, storedEndpoint, attempt, ct);
        }
        return true;
    }

    private static NotificationsStore Store(AsyncServiceScope scope)
    {
        var store = scope.ServiceProvider.GetRequiredService<NotificationsStore>();
        store.Actor.Authority = Authority;
        return store;
    }

    private static async Task<(Delivery, WebhookEndpoint)> Read(NotificationsStore store, Guid deliveryId,
        CancellationToken ct)
    {
        var delivery = await store.Aggregates<Delivery>().Get(deliveryId, "deliveryId", ct);
        return (delivery, await store.Aggregates<WebhookEndpoint>().Get(delivery.EndpointId, "endpointId", ct));
    }

    /// <summary>Records the attempt on the delivery and its endpoint, schedules the next or ends the delivery, and
    /// releases the claim, in one save.</summary>
    private async Task Record(NotificationsStore store, Delivery delivery, WebhookEndpoint endpoint,
        (AttemptResult Result, DateTimeOffset At, double Jitter) attempt, CancellationToken ct)
    {
        // A claim that lapsed while the receiver was slow may have been taken by another worker, which then sent
        // it too: only one of the two attempts is recorded (the row version refuses a second that slips past this).
        var queued = await store.DeliveryQueue
                .SingleOrDefaultAsync(q => q.DeliveryId == delivery.Id && q.ClaimedBy == Claimant, ct)
            ?? throw new DbUpdateConcurrencyException($"The claim on delivery {delivery.Id} lapsed and another "
                + "worker took it; this attempt is not recorded.");
        var status = delivery.RecordAttempt(attempt.Result, attempt.At, attempt.Jitter);
        if (status == DeliveryStatus.Succeeded) endpoint.RecordDeliverySucceeded();
        else endpoint.RecordDeliveryFailed(attempt.Result.StatusCode, attempt.At);
        if (delivery.NextAttemptAt is { } next) queued.Release(next.UtcDateTime);
        else store.DeliveryQueue.Remove(queued);
        if (!endpoint.IsActive) await StopPending(store, endpoint.Id, ct);
        await store.SaveChangesAsync(ct);
    }

    /// <summary>The endpoint is disabled: its pending deliveries stop and leave the queue.</summary>
    private static async Task StopPending(NotificationsStore store, Guid endpointId, CancellationToken ct)
    {
        foreach (var queued in await store.DeliveryQueue.Where(q => q.EndpointId == endpointId).ToListAsync(ct))
        {
            (await store.Aggregates<Delivery>().Find(queued.DeliveryId, ct))?.Stop();
            store.DeliveryQueue.Remove(queued);
        }
    }
}
