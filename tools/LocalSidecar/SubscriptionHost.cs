using Microsoft.Extensions.Options;

namespace LocalSidecar;

/// <summary>Discovers the app's subscriptions once it listens, then runs a <see cref="TopicSubscriber"/> per topic.</summary>
public sealed class SubscriptionHost(IOptions<SidecarOptions> options, RedisStreams redis, AppChannel app, ILoggerFactory loggers)
    : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger<SubscriptionHost>();
    private volatile IReadOnlyList<Subscription> _subscriptions = [];

    public IReadOnlyList<Subscription> Subscriptions => _subscriptions;

    /// <summary>True once the app channel is settled (subscriptions known, or no app port) and Redis answered.</summary>
    public bool Ready { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!await redis.PingAsync()) await Task.Delay(200, stoppingToken);
        if (options.Value.AppPort == 0)
        {
            Ready = true;
            return;
        }
        _subscriptions = await app.DiscoverAsync(options.Value.PubSubName, stoppingToken);
        _logger.LogInformation("App {AppId} subscribed to {Topics}", options.Value.AppId, string.Join(", ", _subscriptions.Select(s => s.Topic)));
        Ready = true;
        var logger = loggers.CreateLogger<TopicSubscriber>();
        await Task.WhenAll(_subscriptions.Select(s => new TopicSubscriber(s, options.Value, redis, app, logger).RunAsync(stoppingToken)));
    }
}
