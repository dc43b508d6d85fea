using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Events;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Deliveries;
using Notifications.Domain.Endpoints;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Notifications.Api.Apis;

/// <summary>
/// An endpoint's deliveries and their attempts, and replays (issue 19 capabilities 3 and 4): the owner reads its
/// endpoint's deliveries (a platform administrator every endpoint's) and replays what it missed, by the window
/// the events were received in or every failed one. A replay is a new delivery with the same webhook-id.
/// </summary>
public static class DeliveriesApi
{
    private static readonly PartnerTag Tag = NotificationsTags.Deliveries;

    public static void MapDeliveriesApi(this WebApplication app)
    {
        var endpoint = app.MapGroup("/api/v1/webhook-endpoints/{id:guid}")
            .RequireAuthorization(NotificationsPolicies.ReadsWebhookEndpoints);
        endpoint.MapGet("/deliveries", async (Guid id, int? offset, int? limit, NotificationsStore store) =>
            {
                var (skip, take) = ListPage.Of(offset, limit);
                await store.Aggregates<WebhookEndpoint>().Get(id);
                return (await store.Aggregates<Delivery>().Page(skip, take, id.ToString()))
                    .Select(DeliveryView.Of).ToList();
            })
            .Documented(Tag, "listDeliveries", "List an endpoint's deliveries",
                "Each event sent or to be sent to the endpoint with every attempt (status code or failure, duration, "
                + "the first 1 KB of the answer) and when the next is due; limit (1 to 500, 100 unless asked) after "
                + "offset.", Status400BadRequest, Status404NotFound);
        endpoint.MapPost("/replays", Replay).RequireAuthorization(NotificationsPolicies.ReplaysDeliveries)
            .Documented(Tag, "replayDeliveries", "Replay deliveries",
                "Sends again, in order, the events the endpoint wants that were received from 'from' until 'to', "
                + "or (failed=true) every event whose last delivery to it was exhausted or stopped. Each goes as a "
                + "new delivery under the event's webhook-id; events still pending are not queued twice. The "
                + "endpoint must be active.", Status400BadRequest, Status404NotFound, Status422UnprocessableEntity);
    }

    private static async Task<ReplayView> Replay(Guid id, ReplayRequest request, NotificationsStore store,
        HttpContext http, TimeProvider clock)
    {
        var endpoint = await store.Aggregates<WebhookEndpoint>().Get(id);
        endpoint.RequireOwner(OwnerTenancy.OwnerOf(Caller.From(http.User)));
        var failed = request.Failed == true;
        DeliveryRules.ReplayOneSelection.Require(failed != (request.From is not null || request.To is not null),
            "failed",
            "Replay either a window (from and to) or every failed delivery (failed=true), not both.");
        DeliveryRules.ReplayWindowOrdered.Require(failed || (request.From is { } f && request.To is { } t && f < t),
            "to",
            "A window needs from and to, from before to.");
        if (!endpoint.IsActive)
            throw DeliveryRules.ReplayToActiveEndpoint.Broken("endpointId",
                $"The endpoint is {endpoint.Status}; enable it first.");
        var deliveries = await store.Aggregates<Delivery>().List(id.ToString());
        var pending = deliveries.Where(d => d.Status == DeliveryStatus.Pending).Select(d => d.EventId).ToHashSet();
        var events = failed ? await Failed(store, deliveries) : await Window(store, endpoint, request);
        var replay = Guid.CreateVersion7();
        var at = clock.GetUtcNow();
        var queued = 0;
        foreach (var e in events.Where(e => endpoint.Wants(e.Type) && !pending.Contains(Guid.Parse(e.EventId))))
        {
            EventIntake.Queue(store, Delivery.Create(endpoint.Id, endpoint.Owner, Guid.Parse(e.EventId), e.Type,
                e.Subject, e.Sequence, at), replay);
            queued++;
        }
        await store.SaveChangesAsync();
        return new ReplayView(replay, queued);
    }

    /// <summary>The events the owner may see that were received in the window, oldest first.</summary>
    private static async Task<List<ReceivedEvent>> Window(NotificationsStore store, WebhookEndpoint endpoint,
        ReplayRequest request)
    {
        var (from, to) = (request.From!.Value.UtcDateTime, request.To!.Value.UtcDateTime);
        return await store.EventAudiences.Where(a => a.Provider == endpoint.Owner.Value)
            .Join(store.ReceivedEvents, a => a.Sequence, e => e.Sequence, (_, e) => e)
            .Where(e => e.ReceivedUtc >= from && e.ReceivedUtc < to)
            .OrderBy(e => e.Sequence).AsNoTracking().ToListAsync();
    }

    /// <summary>The events whose latest delivery to the endpoint was exhausted or stopped, oldest first.</summary>
    private static async Task<List<ReceivedEvent>> Failed(NotificationsStore store, IEnumerable<Delivery> deliveries)
    {
        var ids = deliveries.GroupBy(d => d.EventId).Select(g => g.MaxBy(d => d.CreatedAt)!)
            .Where(d => d.Status is DeliveryStatus.Exhausted or DeliveryStatus.Stopped)
            .Select(d => d.EventId.ToString()).ToList();
        return await store.ReceivedEvents.Where(e => ids.Contains(e.EventId)).OrderBy(e => e.Sequence)
            .AsNoTracking().ToListAsync();
    }
}
