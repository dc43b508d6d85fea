using System.Text.Json.Serialization;

namespace Commissioning.Eventing.Subscribing;

/// <summary>One entry of the programmatic subscription list daprd reads from GET /dapr/subscribe.</summary>
public sealed record DaprSubscription(
    [property: JsonPropertyName("pubsubname")] string PubSubName,
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("route")] string Route,
    [property: JsonPropertyName("deadLetterTopic")] string? DeadLetterTopic);

/// <summary>The subscriptions a service declared in code; a singleton filled while endpoints are mapped.</summary>
public sealed class SubscriptionRegistry
{
    private readonly List<DaprSubscription> _subscriptions = [];

    public IReadOnlyList<DaprSubscription> Subscriptions { get { lock (_subscriptions) return [.. _subscriptions]; } }

    internal bool DiscoveryMapped { get; set; }

    internal void Add(DaprSubscription subscription)
    {
        lock (_subscriptions)
        {
            // Dapr allows one default route per topic per app; a second one is a wiring mistake.
            if (_subscriptions.Any(s => s.PubSubName == subscription.PubSubName && s.Topic == subscription.Topic))
                throw new InvalidOperationException($"Topic '{subscription.Topic}' already has a subscription.");
            _subscriptions.Add(subscription);
        }
    }
}
