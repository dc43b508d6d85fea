using Commissioning.Eventing.Subscribing;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Events;

/// <summary>
/// How the service hears one event type a provider may see: the proto message it arrives as, on the topic
/// "&lt;source&gt;.&lt;event-name&gt;" and route "/events/&lt;event-name&gt;" spelt from the type
/// ("commissioning.&lt;source&gt;.&lt;name&gt;.v1"), and how it is read into a <see cref="HeardEvent"/>. The
/// subscriptions map it and the AsyncAPI document describes it, so both read the same table.
/// </summary>
public abstract class ProviderEventReading(string type)
{
    public string Type { get; } = type;

    /// <summary>The publishing service, the CloudEvent source: "care-packages" of its type.</summary>
    public string Source => Type.Split('.')[1];

    /// <summary>The event's name in its type: "placement-offered".</summary>
    public string Name => Type.Split('.')[2];

    /// <summary>The message of proto/commissioning/events/v1 the event's data is.</summary>
    public abstract MessageDescriptor Message { get; }

    public abstract HeardEvent Read(IMessage message);

    public abstract void Subscribe(WebApplication app, string deadLetterTopic);

    public static ProviderEventReading Of<T>(string type, Func<string, T, HeardEvent> read)
        where T : class, IMessage<T>, new() => new Typed<T>(type, read);

    private sealed class Typed<T>(string type, Func<string, T, HeardEvent> read) : ProviderEventReading(type)
        where T : class, IMessage<T>, new()
    {
        public override MessageDescriptor Message => new T().Descriptor;

        public override HeardEvent Read(IMessage message) => read(Type, (T)message);

        public override void Subscribe(WebApplication app, string deadLetterTopic) =>
            app.MapSubscription<NotificationsStore, T>($"{Source}.{Name}", $"/events/{Name}",
                (store, delivered, ct) => EventIntake.Take(store, delivered.Envelope, Type, Source,
                    read(Type, delivered.Data), ct), deadLetterTopic);
    }
}
