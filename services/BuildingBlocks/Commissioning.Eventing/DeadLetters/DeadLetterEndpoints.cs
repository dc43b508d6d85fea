using System.Text.Json;
using Commissioning.Eventing.Subscribing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Eventing.DeadLetters;

/// <summary>
/// Dead letters are kept by the service that failed them: it subscribes to its own dead-letter topic
/// (in Dapr a dead-letter topic is an ordinary topic the sidecar publishes to) and stores each event whole.
/// The same code works under daprd in Kubernetes and under the local sidecar, and the operator's view
/// goes through the gateway like every other admin call.
/// </summary>
public static class DeadLetterEndpoints
{
    /// <summary>
    /// Subscribes to <paramref name="deadLetterTopic"/> (<see cref="DeadLetterTopic.Of"/>) and serves
    /// GET <paramref name="adminPath"/> with the count and the most recent dead letters. Chain
    /// <c>.RequireAuthorization(Roles.PlatformAdmin)</c> on the returned builder.
    /// </summary>
    public static RouteHandlerBuilder MapDeadLetters<TContext>(this IEndpointRouteBuilder app, string deadLetterTopic,
        string adminPath = "/admin/dead-letters") where TContext : DbContext
    {
        app.MapSubscription<TContext, JsonDocument>(deadLetterTopic, $"/events/{deadLetterTopic}", (db, e, _) =>
        {
            db.Set<DeadLetter>().Add(new DeadLetter
            {
                DeadLetterTopic = deadLetterTopic,
                EventId = e.Id,
                OriginalTopic = e.Envelope.Topic,
                Type = e.Type,
                Source = e.Envelope.Source,
                Subject = e.Subject,
                Event = JsonSerializer.Serialize(e.Envelope, CloudEvent.Json),
                ReceivedUtc = HostClock.Of(db).GetUtcNow().UtcDateTime,
            });
            return Task.CompletedTask;
        });

        return app.MapGet(adminPath, async (TContext db, int? take, CancellationToken ct) =>
        {
            var letters = db.Set<DeadLetter>().AsNoTracking().Where(d => d.DeadLetterTopic == deadLetterTopic);
            var count = await letters.CountAsync(ct);
            var recent = await letters.OrderByDescending(d => d.ReceivedUtc).Take(Math.Clamp(take ?? 50, 1, 500)).ToListAsync(ct);
            return TypedResults.Ok(new DeadLetterPage(count, recent.Select(DeadLetterView.From).ToList()));
        })
        .WithName($"{deadLetterTopic}.list").WithTags("Dead letters").WithSummary("List dead letters")
        .WithDescription($"A platform administrator reads how many events {deadLetterTopic} holds and the most recent "
            + "(take, 1 to 500, 50 by default): events this service could not process, kept to be replayed or "
            + "explained.");
    }
}

public sealed record DeadLetterPage(int Count, IReadOnlyList<DeadLetterView> Items);

public sealed record DeadLetterView(string EventId, string? OriginalTopic, string Type, string Source, string? Subject,
    DateTime ReceivedUtc, JsonElement Event)
{
    public static DeadLetterView From(DeadLetter d) => new(d.EventId, d.OriginalTopic, d.Type, d.Source, d.Subject,
        DateTime.SpecifyKind(d.ReceivedUtc, DateTimeKind.Utc), JsonDocument.Parse(d.Event).RootElement);
}
