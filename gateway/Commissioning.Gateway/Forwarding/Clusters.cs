using System.Net;
using Commissioning.Gateway.Routing;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace Commissioning.Gateway.Forwarding;

/// <summary>A backend: its destinations (taken in turn), HTTP version, answer timeout and circuit breaker.</summary>
public sealed class Cluster(string id, ClusterConfig config, ResiliencePipeline<HttpResponseMessage> breaker)
{
    private readonly Uri[] _destinations = config.Destinations.Values.Select(d => new Uri(d.Address)).ToArray();
    private int _next;

    public string Id { get; } = id;
    public Version Version { get; } = config.HttpRequest.Version.StartsWith('2') ? HttpVersion.Version20 : HttpVersion.Version11;
    public TimeSpan Timeout { get; } = config.HttpRequest.ActivityTimeout;
    public ResiliencePipeline<HttpResponseMessage> Breaker { get; } = breaker;
    public IReadOnlyList<Uri> Destinations => _destinations;

    public Uri NextDestination() => _destinations.Length > 0
        ? _destinations[(int)((uint)Interlocked.Increment(ref _next) % _destinations.Length)]
        : throw new InvalidOperationException($"Cluster '{Id}' has no destinations.");
}

/// <summary>
/// Every configured cluster, and the one connection pool they share. The pool never decompresses,
/// follows redirects or keeps cookies: the gateway passes bytes, it does not interpret them.
/// </summary>
public sealed class Clusters : IDisposable
{
    private readonly Dictionary<string, Cluster> _clusters;

    public Clusters(IConfiguration configuration, IOptions<BreakerOptions> breaker)
    {
        var config = configuration.GetSection(ProxyConfig.Section).Get<ProxyConfig>() ?? new ProxyConfig();
        _clusters = config.Clusters.ToDictionary(c => c.Key, c => new Cluster(c.Key, c.Value, breaker.Value.Build()), StringComparer.OrdinalIgnoreCase);
    }

    public HttpMessageInvoker Invoker { get; } = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        EnableMultipleHttp2Connections = true,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        KeepAlivePingDelay = TimeSpan.FromSeconds(30),
        // The forwarder writes traceparent itself, continuing the caller's trace.
        ActivityHeadersPropagator = null,
    }, disposeHandler: true);

    public IEnumerable<Cluster> All => _clusters.Values;

    public Cluster? Get(string id) => _clusters.GetValueOrDefault(id);

    public void Dispose() => Invoker.Dispose();
}

/// <summary>The "CircuitBreaker" section: when a backend keeps failing, callers get 503 at once instead of waiting.</summary>
public sealed class BreakerOptions
{
    public double FailureRatio { get; set; } = 0.5;
    public int MinimumThroughput { get; set; } = 10;
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    public ResiliencePipeline<HttpResponseMessage> Build() => new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = FailureRatio,
            MinimumThroughput = MinimumThroughput,
            SamplingDuration = SamplingDuration,
            BreakDuration = BreakDuration,
            // Transport failures and the backend's own 502-504; a 500 is an answer, not an outage.
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                .Handle<HttpRequestException>()
                .HandleResult(r => (int)r.StatusCode is 502 or 503 or 504),
        })
        .Build();
}
