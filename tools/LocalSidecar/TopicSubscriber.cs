using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using StackExchange.Redis;

namespace LocalSidecar;

/// <summary>
/// One subscription, run the way pubsub.redis runs it: consumer group = consumer name = app id (replicas of
/// an app compete for entries), new entries via XREADGROUP &gt;, and a reclaim loop that XCLAIMs entries left
/// pending longer than processingTimeout (a replica that died mid-delivery, or retries that ran out).
/// Empty polls back off up to maxPollInterval, cut short by the notice a publish sends.
/// Each delivery runs under the inbound retry policy; DROP/404, or retries exhausted with a dead-letter
/// topic, publish the original entry to that topic and acknowledge it.
/// </summary>
public sealed class TopicSubscriber(Subscription subscription, SidecarOptions options, RedisStreams redis, AppChannel app, ILogger logger)
{
    private readonly ConcurrentDictionary<string, byte> _inFlight = new();
    private readonly Channel<TopicEntry> _queue = Channel.CreateBounded<TopicEntry>(options.QueueDepth);
    private readonly TimeSpan _processingTimeout = SidecarOptions.Duration(options.ProcessingTimeout);
    private readonly TimeSpan _redeliverInterval = SidecarOptions.Duration(options.RedeliverInterval);
    private readonly TimeSpan _maxPoll = SidecarOptions.Duration(options.MaxPollInterval);
    private readonly SemaphoreSlim _added = new(0, 1);
    private string Group => options.AppId;
    private string Topic => subscription.Topic;

    public Subscription Subscription => subscription;

    public Task RunAsync(CancellationToken stop)
    {
        var workers = Enumerable.Range(0, options.Concurrency).Select(_ => WorkAsync(stop));
        var reclaim = _processingTimeout > TimeSpan.Zero && _redeliverInterval > TimeSpan.Zero ? ReclaimLoopAsync(stop) : Task.CompletedTask;
        return Task.WhenAll([PollLoopAsync(stop), reclaim, .. workers]);
    }

    private async Task PollLoopAsync(CancellationToken stop)
    {
        await Forever(() => redis.WatchAsync(Topic, Wake), stop);
        await Forever(() => redis.EnsureGroupAsync(Topic, Group), stop);
        var idle = TimeSpan.FromMilliseconds(1);
        while (!stop.IsCancellationRequested)
        {
            var room = options.QueueDepth - _inFlight.Count;
            IReadOnlyList<TopicEntry> entries = [];
            if (room > 0)
            {
                try
                {
                    entries = await redis.ReadNewAsync(Topic, Group, Group, room);
                }
                catch (RedisServerException e) when (e.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
                {
                    logger.LogWarning("Consumer group {Group} is missing on {Topic} (Redis lost data?); recreating it", Group, Topic);
                    await Forever(() => redis.EnsureGroupAsync(Topic, Group), stop);
                }
                catch (Exception e) when (IsRedisDown(e))
                {
                    logger.LogWarning("Reading {Topic} failed: {Error}", Topic, e.Message);
                    await Task.Delay(TimeSpan.FromMilliseconds(250), stop);
                }
            }
            foreach (var entry in entries) await EnqueueAsync(entry, stop);
            idle = entries.Count > 0 ? TimeSpan.FromMilliseconds(1) : TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, _maxPoll.Ticks));
            if (entries.Count == 0) await _added.WaitAsync(idle, stop);
        }
    }

    private async Task ReclaimLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await ReclaimAsync(stop);
            }
            catch (Exception e) when (IsRedisDown(e) || e is RedisServerException)
            {
                logger.LogWarning("Reclaiming pending entries of {Topic} failed: {Error}", Topic, e.Message);
            }
            await Task.Delay(_redeliverInterval, stop);
        }
    }

    /// <summary>Claims entries pending past processingTimeout; those this process still works on are skipped when enqueued.</summary>
    private async Task ReclaimAsync(CancellationToken stop)
    {
        var claimed = await redis.ClaimStaleAsync(Topic, Group, Group, _processingTimeout, options.QueueDepth);
        if (claimed.Count > 0) logger.LogInformation("Reclaimed {Count} entries of {Topic} pending longer than {Timeout}", claimed.Count, Topic, _processingTimeout);
        foreach (var entry in claimed) await EnqueueAsync(entry, stop);
    }

    private void Wake()
    {
        try { _added.Release(); }
        catch (SemaphoreFullException) { /* a wake-up is already pending */ }
    }

    private async Task EnqueueAsync(TopicEntry entry, CancellationToken stop)
    {
        if (_inFlight.TryAdd(entry.Id, 0)) await _queue.Writer.WriteAsync(entry, stop);
    }

    private async Task WorkAsync(CancellationToken stop)
    {
        await foreach (var entry in _queue.Reader.ReadAllAsync(stop))
        {
            try
            {
                await ProcessAsync(entry, stop);
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                // Left pending: the reclaim loop hands it out again after processingTimeout.
                logger.LogWarning("Entry {Id} of {Topic} stays pending: {Error}", entry.Id, Topic, e.Message);
            }
            finally
            {
                _inFlight.TryRemove(entry.Id, out _);
            }
        }
    }

    private async Task ProcessAsync(TopicEntry entry, CancellationToken stop)
    {
        var data = entry.Data ?? [];
        var (cloudEvent, body) = Envelope(data);
        var eventId = cloudEvent?["id"]?.ToString() ?? entry.Id;
        var route = subscription.RouteFor(cloudEvent);
        var result = route is null ? DeliveryResult.Drop : await DeliverWithRetriesAsync(route, body, cloudEvent, eventId, stop);
        if (result == DeliveryResult.Retry && subscription.DeadLetterTopic is null)
        {
            logger.LogWarning("Retries for event {EventId} on {Topic} ran out; it stays pending for redelivery", eventId, Topic);
            return;
        }
        if (result != DeliveryResult.Success && subscription.DeadLetterTopic is { } deadLetterTopic)
        {
            await redis.AddAsync(deadLetterTopic, data, null);
            logger.LogWarning("Event {EventId} on {Topic} sent to dead-letter topic {DeadLetterTopic}", eventId, Topic, deadLetterTopic);
        }
        await redis.AckAsync(Topic, Group, entry.Id);
    }

    private async Task<DeliveryResult> DeliverWithRetriesAsync(string route, byte[] body, JsonObject? cloudEvent, string eventId, CancellationToken stop)
    {
        var delay = SidecarOptions.Duration(options.RetryInitialInterval);
        var maxDelay = SidecarOptions.Duration(options.RetryMaxInterval);
        for (var attempt = 1; ; attempt++)
        {
            var result = await app.DeliverAsync(route, body, cloudEvent?["traceparent"]?.ToString(), eventId, stop);
            if (result != DeliveryResult.Retry || attempt >= options.MaxAttempts) return result;
            logger.LogInformation("Redelivering event {EventId} on {Topic} (attempt {Attempt} failed)", eventId, Topic, attempt);
            await Task.Delay(delay, stop);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, maxDelay.Ticks));
        }
    }

    /// <summary>The CloudEvent to deliver; a rawPayload subscription gets the bytes wrapped as data_base64, as daprd does.</summary>
    private (JsonObject? CloudEvent, byte[] Body) Envelope(byte[] data)
    {
        if (subscription.RawPayload)
        {
            var wrapped = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(), ["specversion"] = "1.0", ["datacontenttype"] = "application/octet-stream",
                ["source"] = "Dapr", ["type"] = CloudEvents.DefaultType, ["topic"] = Topic,
                ["pubsubname"] = subscription.PubSubName, ["data_base64"] = Convert.ToBase64String(data),
            };
            return (wrapped, JsonSerializer.SerializeToUtf8Bytes(wrapped));
        }
        try
        {
            return (JsonNode.Parse(data) as JsonObject, data);
        }
        catch (JsonException)
        {
            return (null, data);
        }
    }

    /// <summary>
    /// Redis cannot serve now but will: unreachable, too slow, or just restarted and still loading its dataset
    /// (a LOADING error, which once escaped the read loop and stopped the topic's new entries for good).
    /// </summary>
    private static bool IsRedisDown(Exception e) =>
        e is RedisConnectionException or RedisTimeoutException or TimeoutException
        || (e is RedisServerException loading && loading.Message.StartsWith("LOADING", StringComparison.Ordinal));

    private async Task Forever(Func<Task> action, CancellationToken stop)
    {
        while (true)
        {
            try { await action(); return; }
            catch (Exception e) when (IsRedisDown(e))
            {
                logger.LogWarning("Redis unavailable for {Topic}: {Error}", Topic, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(250), stop);
            }
        }
    }
}
