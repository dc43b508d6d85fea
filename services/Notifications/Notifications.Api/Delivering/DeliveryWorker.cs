using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Deliveries;
using Notifications.Domain.Endpoints;

namespace Notifications.Api.Delivering;

/// <summary>
/// Sends the deliveries that are due (issue 19 capability 3): on a short schedule, as the system, takes the
/// queue's first pending delivery of each subject to each endpoint (SubjectQueue decides), attempts it
/// (<see cref="WebhookSender"/>) and records the attempt, its next one per DeliverySchedule with jitter and any
/// Retry-After. A 410, or 5 days of failures, disables the endpoint and stops its pending deliveries. Each
/// attempt is saved before the next is made, so a restart repeats at most the attempt in flight (at least once;
/// a receiver that deduplicates on webhook-id takes it once).
/// </summary>
public sealed class DeliveryWorker(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config,
    ILogger<DeliveryWorker> log) : BackgroundService
{
    public const string Authority = "delivery worker";
    private const int Batch = 100;

    /// <summary>One sweep: every delivery that may go now is attempted once; returns how many were attempted.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<NotificationsStore>();
        var sender = scope.ServiceProvider.GetRequiredService<WebhookSender>();
        store.Actor.Authority = Authority;
        var now = clock.GetUtcNow();
        var heads = (await store.DeliveryQueue.AsNoTracking().ToListAsync(ct))
            .GroupBy(q => (q.EndpointId, q.Subject)).Select(g => g.MinBy(q => q.Sequence)!)
            .Where(q => q.DueUtc <= now.UtcDateTime).OrderBy(q => q.Sequence).Take(Batch);
        var pending = new List<Delivery>();
        foreach (var head in heads)
            if (await store.Aggregates<Delivery>().Find(head.DeliveryId, ct) is { } delivery) pending.Add(delivery);
        var going = SubjectQueue.MayGoNow(pending, now);
        foreach (var delivery in going) await Attempt(store, sender, delivery, ct);
        return going.Count;
    }

    private async Task Attempt(NotificationsStore store, WebhookSender sender, Delivery delivery, CancellationToken ct)
    {
        var endpoint = await store.Aggregates<WebhookEndpoint>().Get(delivery.EndpointId, "endpointId", ct);
        if (!endpoint.IsActive)
        {
            await StopPending(store, endpoint.Id, ct);
            await store.SaveChangesAsync(ct);
            return;
        }
        var received = await store.ReceivedEvents.AsNoTracking()
            .SingleAsync(e => e.EventId == delivery.EventId.ToString(), ct);
        var result = await sender.Send(endpoint, delivery, received, ct);
        var at = clock.GetUtcNow();
        var status = delivery.RecordAttempt(result, at, Random.Shared.NextDouble());
        if (status == DeliveryStatus.Succeeded) endpoint.RecordDeliverySucceeded();
        else endpoint.RecordDeliveryFailed(result.StatusCode, at);
        var queued = await store.DeliveryQueue.SingleAsync(q => q.DeliveryId == delivery.Id, ct);
        if (delivery.NextAttemptAt is { } next) queued.DueUtc = next.UtcDateTime;
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = config.GetValue("Notifications:DeliverySweepInterval", TimeSpan.FromSeconds(1));
        using var timer = new PeriodicTimer(every, clock);
        do
        {
            try { await SweepAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The delivery sweep failed; the next one tries again.");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
