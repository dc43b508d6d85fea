using System.Diagnostics;

namespace Commissioning.Eventing.Subscribing;

/// <summary>
/// One span per handled event, named after the event type, whose parent is the CloudEvent's traceparent (the
/// activity current when the outbox row was written), so a trace follows a request into the handlers of the
/// events it caused. OpenTelemetry listens to the source by its name.
/// </summary>
public static class EventTracing
{
    public const string SourceName = "Commissioning.Eventing";

    private static readonly ActivitySource Source = new(SourceName);

    internal static Activity? Start(CloudEvent envelope)
    {
        ActivityContext.TryParse(envelope.TraceParent, null, isRemote: true, out var parent);
        var activity = Source.StartActivity(envelope.Type, ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "dapr");
        activity?.SetTag("messaging.destination.name", envelope.Topic);
        activity?.SetTag("messaging.message.id", envelope.Id);
        activity?.SetTag("cloudevents.event_source", envelope.Source);
        return activity;
    }
}
