using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commissioning.Eventing.Outbox;

/// <summary>Adds integration events to a service's own DbContext, so they commit or roll back with the state change.</summary>
public readonly struct OutboxWriter(DbContext context, string source)
{
    /// <summary>
    /// Queues an event for publication when the surrounding SaveChanges/transaction commits.
    /// <paramref name="eventType"/> follows "commissioning.&lt;service&gt;.&lt;fact&gt;.v1"; <paramref name="subject"/> is the aggregate id.
    /// </summary>
    public OutboxMessage Enqueue(string topic, string eventType, string subject, object payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Sequence = OutboxSequence.Next(),
            Topic = topic,
            Type = eventType,
            Source = source,
            Subject = subject,
            TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null,
            Payload = EventPayload.Serialize(payload),
            CreatedUtc = HostClock.Of(context).GetUtcNow().UtcDateTime,
        };
        context.Set<OutboxMessage>().Add(message);
        return message;
    }
}

public static class OutboxAccess
{
    /// <summary>The outbox of a DbContext registered with AddDbContext in a service that called AddEventing.</summary>
    public static OutboxWriter Outbox(this DbContext context)
    {
        var options = HostClock.ApplicationServices(context)?.GetService<IOptions<EventingOptions>>()?.Value;
        if (options is null || string.IsNullOrWhiteSpace(options.Source))
            throw new InvalidOperationException("Call services.AddEventing<TContext>(...) with a Source before writing to the outbox.");
        return new OutboxWriter(context, options.Source);
    }

    /// <summary>The outbox with an explicit CloudEvent source, for contexts created outside dependency injection.</summary>
    public static OutboxWriter Outbox(this DbContext context, string source) => new(context, source);
}
