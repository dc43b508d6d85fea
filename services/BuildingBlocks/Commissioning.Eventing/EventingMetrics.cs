using System.Diagnostics.Metrics;

namespace Commissioning.Eventing;

/// <summary>Counters under the "Commissioning.Eventing" meter; the service defaults export every meter by name.</summary>
public static class EventingMetrics
{
    public const string MeterName = "Commissioning.Eventing";
    private static readonly Meter Meter = new(MeterName);

    /// <summary>Deliveries by topic and outcome (success, duplicate, retry, drop).</summary>
    public static readonly Counter<long> Deliveries = Meter.CreateCounter<long>("eventing.deliveries");
    public static readonly Counter<long> Dropped = Meter.CreateCounter<long>("eventing.dropped");
    public static readonly Counter<long> Published = Meter.CreateCounter<long>("eventing.outbox.published");
    public static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>("eventing.outbox.publish_failures");
}
