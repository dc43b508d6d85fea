using System.Globalization;

namespace LocalSidecar;

/// <summary>
/// What daprd takes as flags plus the pubsub.redis component's metadata and an inbound resiliency retry
/// policy. Names follow daprd where it has one (--app-id, --app-port, --dapr-http-port).
/// </summary>
public sealed class SidecarOptions
{
    public string AppId { get; set; } = "";
    /// <summary>0 means no app channel: publish only, no subscriptions (like daprd without --app-port).</summary>
    public int AppPort { get; set; }
    public int DaprHttpPort { get; set; } = 3500;
    /// <summary>daprd's gRPC API port (HTTP/2 only: Kestrel serves cleartext HTTP/2 only on a port of its own).</summary>
    public int DaprGrpcPort { get; set; } = 50001;
    /// <summary>Sent to the app as dapr-api-token on every call when set; daprd reads it from APP_API_TOKEN.</summary>
    public string? AppApiToken { get; set; }
    public string RedisHost { get; set; } = "127.0.0.1:6379";
    public string PubSubName { get; set; } = "pubsub";

    // pubsub.redis metadata (same defaults as components-contrib)
    public string ProcessingTimeout { get; set; } = "60s";
    public string RedeliverInterval { get; set; } = "15s";
    public int QueueDepth { get; set; } = 100;
    public int Concurrency { get; set; } = 10;

    // inbound retry policy (a Dapr Resiliency "retries" entry with policy: exponential)
    public int MaxAttempts { get; set; } = 5;
    public string RetryInitialInterval { get; set; } = "100ms";
    public string RetryMaxInterval { get; set; } = "5s";

    /// <summary>Longest pause between empty polls of a stream; polls back off from 1 ms up to this.</summary>
    public string MaxPollInterval { get; set; } = "50ms";

    public static readonly Dictionary<string, string> Switches = new()
    {
        ["--app-id"] = nameof(AppId), ["--app-port"] = nameof(AppPort), ["--dapr-http-port"] = nameof(DaprHttpPort),
        ["--dapr-grpc-port"] = nameof(DaprGrpcPort),
        ["--redis-host"] = nameof(RedisHost), ["--pubsub-name"] = nameof(PubSubName),
        ["--processing-timeout"] = nameof(ProcessingTimeout), ["--redeliver-interval"] = nameof(RedeliverInterval),
        ["--queue-depth"] = nameof(QueueDepth), ["--concurrency"] = nameof(Concurrency),
        ["--max-attempts"] = nameof(MaxAttempts), ["--retry-initial-interval"] = nameof(RetryInitialInterval),
        ["--retry-max-interval"] = nameof(RetryMaxInterval), ["--max-poll-interval"] = nameof(MaxPollInterval),
    };

    /// <summary>Go-style durations as Dapr metadata uses them: "500ms", "15s", "2m", or a bare number of milliseconds.</summary>
    public static TimeSpan Duration(string value)
    {
        value = value.Trim();
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return TimeSpan.FromMilliseconds(ms);
        var (number, unit) = value.EndsWith("ms") ? (value[..^2], 1.0)
            : value.EndsWith('s') ? (value[..^1], 1000.0)
            : value.EndsWith('m') ? (value[..^1], 60_000.0)
            : value.EndsWith('h') ? (value[..^1], 3_600_000.0)
            : throw new FormatException($"'{value}' is not a duration such as 500ms, 15s or 2m.");
        return TimeSpan.FromMilliseconds(double.Parse(number, CultureInfo.InvariantCulture) * unit);
    }
}
