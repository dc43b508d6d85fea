using System.Diagnostics;
using Commissioning.Eventing.Outbox;

namespace Commissioning.Eventing;

/// <summary>
/// The spans of an event's journey, so one trace follows a request into the handlers of the events it caused.
/// The outbox row keeps the traceparent of the activity that wrote it; the relay's publish span runs under it
/// (the sidecar stamps the CloudEvent with the trace context of the publish call, as daprd does); each handled
/// event gets a span whose parent is the delivered CloudEvent's traceparent. OpenTelemetry listens by name.
/// </summary>
public static class EventTracing
{
    public const string SourceName = "Commissioning.Eventing";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// The relay's span for publishing <paramref name="rows"/> of one topic. Rows of one trace (one row, or
    /// several written by one request) are published under it; rows of several traces are published in a
    /// trace of their own that links to each, since one call can carry only one trace context.
    /// </summary>
    internal static Activity? StartPublish(IReadOnlyList<OutboxMessage> rows)
    {
        if (!Source.HasListeners()) return null;
        var contexts = rows.Select(r => Parse(r.TraceParent)).ToList();
        var oneTrace = contexts.All(c => c.TraceId == contexts[0].TraceId);
        var parent = oneTrace ? contexts[0] : default;
        var links = oneTrace ? null : contexts.Where(c => c != default).Select(c => new ActivityLink(c));
        // Not a child of whatever the relay round runs under: a background loop belongs to no request.
        Activity.Current = null;
        var activity = Source.StartActivity($"publish {rows[0].Topic}", ActivityKind.Producer, parent, links: links);
        activity?.SetTag("messaging.system", "dapr");
        activity?.SetTag("messaging.operation.type", "send");
        activity?.SetTag("messaging.destination.name", rows[0].Topic);
        if (rows.Count == 1) activity?.SetTag("messaging.message.id", rows[0].Id.ToString());
        else activity?.SetTag("messaging.batch.message_count", rows.Count);
        return activity;
    }

    internal static Activity? StartHandling(CloudEvent envelope)
    {
        var activity = Source.StartActivity(envelope.Type, ActivityKind.Consumer, Parse(envelope.TraceParent));
        activity?.SetTag("messaging.system", "dapr");
        activity?.SetTag("messaging.operation.type", "process");
        activity?.SetTag("messaging.destination.name", envelope.Topic);
        activity?.SetTag("messaging.message.id", envelope.Id);
        activity?.SetTag("cloudevents.event_source", envelope.Source);
        return activity;
    }

    private static ActivityContext Parse(string? traceParent)
    {
        ActivityContext.TryParse(traceParent, null, isRemote: true, out var context);
        return context;
    }
}
