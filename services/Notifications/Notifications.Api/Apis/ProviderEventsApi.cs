using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Deliveries;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Notifications.Api.Apis;

/// <summary>
/// The feed (issue 19 capability 4): for a provider system that prefers to pull, the events the caller's
/// organisation may see (ProviderVisibility decided when each was received), newest last, after a cursor.
/// </summary>
public static class ProviderEventsApi
{
    public static void MapProviderEventsApi(this WebApplication app) =>
        app.MapGet("/api/v1/provider-events", async (long? after, int? limit, NotificationsStore store,
                HttpContext http) =>
            {
                var take = ListPage.Of(0, limit).Limit;
                var cursor = after ?? 0;
                DeliveryRules.FeedCursor.Require(cursor >= 0, "after",
                    "The cursor is 0 (the start) or a 'next' the feed gave.");
                var owner = OwnerTenancy.OwnerOf(Caller.From(http.User)).Value;
                var events = await store.EventAudiences.Where(a => a.Provider == owner && a.Sequence > cursor)
                    .OrderBy(a => a.Sequence).Take(take)
                    .Join(store.ReceivedEvents, a => a.Sequence, e => e.Sequence, (_, e) => e)
                    .OrderBy(e => e.Sequence).AsNoTracking().ToListAsync();
                return new ProviderEventPage(events.Select(ProviderEventView.Of).ToList(),
                    events.Count > 0 ? events[^1].Sequence : cursor);
            })
            .RequireAuthorization(NotificationsPolicies.PullsProviderEvents)
            .Documented(NotificationsTags.ProviderEvents, "listProviderEvents", "Read the provider event feed",
                "The events the caller's organisation may see, oldest first and newest last: limit (1 to 500, 100 "
                + "unless asked) after the cursor 'after' (0 or absent for the start). Keep 'next' and ask after it "
                + "for what came since. An event stays in the feed for 30 days after it was received.",
                Status400BadRequest);
}
