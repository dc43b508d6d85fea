using Commissioning.Eventing.Inbox;
using Dapr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commissioning.Eventing.Subscribing;

public static class SubscriptionEndpoints
{
    /// <summary>
    /// Subscribes <paramref name="handler"/> to <paramref name="topic"/>: serves POST <paramref name="route"/> and
    /// declares it with Dapr's WithTopic, so MapSubscribeHandler lists it at GET /dapr/subscribe. The handler runs
    /// in a transaction of <typeparamref name="TContext"/> together with the inbox record, so an event is applied
    /// once per consumer however often it arrives. With <paramref name="match"/> (a CEL expression such as
    /// <c>event.type == "..."</c>) the route is a routing rule of the topic, tried in <paramref name="priority"/>
    /// order before its default route.
    /// </summary>
    public static RouteHandlerBuilder MapSubscription<TContext, TEvent>(this IEndpointRouteBuilder app,
        string topic, string route, Func<TContext, DeliveredEvent<TEvent>, CancellationToken, Task> handler,
        string? deadLetterTopic = null, string? match = null, int priority = 0)
        where TContext : DbContext where TEvent : class
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<EventingOptions>>().Value;
        MapDiscovery(app);
        var declared = new TopicOptions
        {
            PubsubName = options.PubSub, Name = topic, DeadLetterTopic = deadLetterTopic, Match = match, Priority = priority,
        };
        var delivery = new SubscriptionDelivery<TContext, TEvent>(topic, route, handler, options);
        // No UseCloudEvents: the delivery reads the whole envelope (the inbox keys on its id).
        return app.MapPost(route, (Delegate)delivery.DeliverAsync).WithTopic(declared).ExcludeFromDescription()
            .SidecarOnly(app);
    }

    /// <summary>Dapr's subscribe handler, mapped once however many subscriptions a service declares.</summary>
    private static void MapDiscovery(IEndpointRouteBuilder app)
    {
        var discovery = app.ServiceProvider.GetRequiredService<SubscriptionDiscovery>();
        if (discovery.Mapped) return;
        discovery.Mapped = true;
        app.MapSubscribeHandler().SidecarOnly(app);
    }

    /// <summary>
    /// With an app token configured (APP_API_TOKEN) only the sidecar, which sends it as dapr-api-token, gets
    /// through: anyone else reaching the port is answered 401. Without one (a local run) the routes are open,
    /// as daprd's app channel is. Partners never reach these routes through the gateway either way.
    /// </summary>
    private static TBuilder SidecarOnly<TBuilder>(this TBuilder endpoint, IEndpointRouteBuilder app)
        where TBuilder : IEndpointConventionBuilder =>
        AppToken.IsConfigured(app.ServiceProvider.GetRequiredService<IConfiguration>())
            ? endpoint.RequireAuthorization(AppToken.Policy)
            : endpoint.AllowAnonymous();
}

/// <summary>Whether GET /dapr/subscribe is mapped yet; a singleton of AddEventing.</summary>
internal sealed class SubscriptionDiscovery
{
    public bool Mapped { get; set; }
}

/// <summary>Runs one delivery and answers the sidecar with Dapr's status contract; never 404.</summary>
internal sealed class SubscriptionDelivery<TContext, TEvent>(
    string topic, string consumer, Func<TContext, DeliveredEvent<TEvent>, CancellationToken, Task> handler, EventingOptions options)
    where TContext : DbContext where TEvent : class
{
    public async Task<IResult> DeliverAsync(HttpContext http)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Commissioning.Eventing.Subscription");
        DeliveredEvent<TEvent> delivered;
        try
        {
            delivered = await ReadAsync(http);
        }
        catch (EventRejectedException e)
        {
            return Drop(logger, "(unreadable)", e);
        }

        using var span = EventTracing.StartHandling(delivered.Envelope);
        var db = http.RequestServices.GetRequiredService<TContext>();
        try
        {
            if (await ApplyOnceAsync(db, delivered, http.RequestAborted)) return Answer("success", DeliveryStatus.Success);
            logger.LogInformation("Event {EventId} on {Topic} was already applied by {Consumer}; acknowledging the redelivery", delivered.Id, topic, consumer);
            return Answer("duplicate", DeliveryStatus.Success);
        }
        catch (Exception e) when (options.IsPermanentFailure(e))
        {
            return Drop(logger, delivered.Id, e);
        }
        catch (Exception e)
        {
            // A concurrent delivery of the same event (another replica, a reclaim) may have committed first.
            if (e is DbUpdateException && await AlreadyAppliedAsync(db, delivered.Id)) return Answer("duplicate", DeliveryStatus.Success);
            logger.LogWarning(e, "Event {EventId} on {Topic} failed for now; asking the sidecar to retry", delivered.Id, topic);
            return Answer("retry", DeliveryStatus.Retry);
        }
    }

    private async Task<DeliveredEvent<TEvent>> ReadAsync(HttpContext http)
    {
        CloudEvent? envelope;
        try
        {
            envelope = await http.Request.ReadFromJsonAsync<CloudEvent>(CloudEvent.Json, http.RequestAborted);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new EventRejectedException($"The body is not a structured CloudEvent: {e.Message}");
        }
        if (envelope is null || string.IsNullOrEmpty(envelope.Id) || envelope.Data is null)
            throw new EventRejectedException("The CloudEvent has no id or no data.");
        return new DeliveredEvent<TEvent>(envelope, EventPayload.Deserialize<TEvent>(envelope.Data.Value));
    }

    /// <summary>Applies the event and records it in the inbox in one transaction; false when it was already applied.</summary>
    private async Task<bool> ApplyOnceAsync(TContext db, DeliveredEvent<TEvent> delivered, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await db.Set<InboxRecord>().AnyAsync(r => r.Consumer == consumer && r.EventId == delivered.Id, ct)) return false;
            db.Add(new InboxRecord
            {
                Consumer = consumer, EventId = delivered.Id, ProcessedUtc = HostClock.Of(db).GetUtcNow().UtcDateTime,
            });
            await handler(db, delivered, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }, cancellationToken);
    }

    private async Task<bool> AlreadyAppliedAsync(TContext db, string eventId)
    {
        db.ChangeTracker.Clear();
        return await db.Set<InboxRecord>().AnyAsync(r => r.Consumer == consumer && r.EventId == eventId);
    }

    private IResult Drop(ILogger logger, string eventId, Exception reason)
    {
        logger.LogError("Dropping event {EventId} on {Topic} for {Consumer}: {Reason}. The sidecar dead-letters it if the subscription has a dead-letter topic.",
            eventId, topic, consumer, reason.Message);
        EventingMetrics.Dropped.Add(1, new KeyValuePair<string, object?>("topic", topic));
        return Answer("drop", DeliveryStatus.Drop);
    }

    private IResult Answer(string outcome, string status)
    {
        EventingMetrics.Deliveries.Add(1, new("topic", topic), new("outcome", outcome));
        return Results.Json(new { status });
    }
}

/// <summary>The statuses of Dapr's app response contract.</summary>
public static class DeliveryStatus
{
    public const string Success = "SUCCESS";
    public const string Retry = "RETRY";
    public const string Drop = "DROP";
}
