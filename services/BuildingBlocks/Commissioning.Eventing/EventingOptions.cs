using Commissioning.Domain;

namespace Commissioning.Eventing;

/// <summary>How a service reaches its Dapr sidecar and names itself in the events it publishes.</summary>
public sealed class EventingOptions
{
    public const string Section = "Eventing";

    /// <summary>CloudEvent <c>source</c> of everything this service publishes, e.g. "care-packages".</summary>
    public string Source { get; set; } = "";

    /// <summary>
    /// The sidecar's gRPC endpoint, which DaprClient publishes to. Unset: DaprClient's own default from
    /// DAPR_GRPC_ENDPOINT or DAPR_GRPC_PORT (daprd's 50001), which Dapr injects.
    /// </summary>
    public string? SidecarGrpcEndpoint { get; set; }

    /// <summary>The sidecar's HTTP endpoint, used for health only. Unset: DAPR_HTTP_ENDPOINT or DAPR_HTTP_PORT (3500).</summary>
    public string? SidecarHttpEndpoint { get; set; }

    /// <summary>Longest wait for one publish (single or bulk) before the rows count as failed and are retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The pub/sub component name; "pubsub" in every environment of this platform.</summary>
    public string PubSub { get; set; } = "pubsub";

    /// <summary>Rows the relay reads per round.</summary>
    public int RelayBatchSize { get; set; } = 200;

    /// <summary>Bulk publishes the relay has in flight at the same time; rows of one aggregate always go one after another.</summary>
    public int RelayParallelism { get; set; } = 4;

    /// <summary>How long the relay sleeps when the outbox is empty and nobody signalled a commit.</summary>
    public TimeSpan RelayIdlePoll { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Back-off bounds while the sidecar or the broker refuses publishes.</summary>
    public TimeSpan RelayMinBackoff { get; set; } = TimeSpan.FromMilliseconds(100);
    public TimeSpan RelayMaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Published rows are kept this long for diagnosis, then deleted by the relay.</summary>
    public TimeSpan PublishedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Which handler exceptions mean "this event can never be applied" (answered DROP, so the sidecar
    /// dead-letters it): an <see cref="EventRejectedException"/>, or a domain <see cref="RuleViolation"/>,
    /// which the same event would break again on every retry. Everything else is treated as transient
    /// and answered RETRY.
    /// </summary>
    public Func<Exception, bool> IsPermanentFailure { get; set; } = e => e is EventRejectedException or RuleViolation;
}

/// <summary>Thrown by a handler for an event that can never be applied (malformed, contradicts our records).</summary>
public sealed class EventRejectedException(string message) : Exception(message);
