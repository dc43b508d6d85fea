using StackExchange.Redis;

namespace LocalSidecar;

/// <summary>An entry read from a stream: its id and its <c>data</c> field (the CloudEvent), as pubsub.redis stores it.</summary>
public sealed record TopicEntry(string Id, byte[]? Data);

/// <summary>
/// The Redis Streams commands of Dapr's pubsub.redis on StackExchange.Redis's typed Streams API. Reads never
/// BLOCK (a blocking command on the shared multiplexer would stall every other command): readers poll with
/// back-off and are woken early by a pub/sub notice that every XADD of a local sidecar sends. The
/// multiplexer reconnects by itself after a Redis restart; commands fail fast while it is away and callers retry.
/// </summary>
public sealed class RedisStreams(ConnectionMultiplexer redis) : IDisposable
{
    private IDatabase Db => redis.GetDatabase();

    public bool IsConnected => redis.IsConnected;

    public static ConnectionMultiplexer Connect(string host)
    {
        var options = ConfigurationOptions.Parse(host);
        options.AbortOnConnectFail = false;
        options.ConnectRetry = 3;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 5000;
        options.AsyncTimeout = 5000;
        options.KeepAlive = 5;
        return ConnectionMultiplexer.Connect(options);
    }

    /// <summary>XADD topic * data &lt;cloudevent&gt; [metadata &lt;json&gt;], then a notice to the topic's readers.</summary>
    public async Task<string> AddAsync(string topic, byte[] data, string? metadataJson)
    {
        NameValueEntry[] fields = metadataJson is null
            ? [new("data", data)]
            : [new("data", data), new("metadata", metadataJson)];
        var id = await Db.StreamAddAsync(topic, fields);
        await redis.GetSubscriber().PublishAsync(NoticeChannel(topic), id, CommandFlags.FireAndForget);
        return id.ToString();
    }

    /// <summary>Calls <paramref name="wake"/> whenever a local sidecar added an entry to <paramref name="topic"/>.</summary>
    public Task WatchAsync(string topic, Action wake) =>
        redis.GetSubscriber().SubscribeAsync(NoticeChannel(topic), (_, _) => wake());

    /// <summary>XGROUP CREATE topic group 0 MKSTREAM, ignoring BUSYGROUP as pubsub.redis does.</summary>
    public async Task EnsureGroupAsync(string topic, string group)
    {
        try
        {
            await Db.StreamCreateConsumerGroupAsync(topic, group, StreamPosition.Beginning, createStream: true);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
        }
    }

    /// <summary>XREADGROUP GROUP group consumer COUNT n STREAMS topic &gt; (new entries only).</summary>
    public async Task<IReadOnlyList<TopicEntry>> ReadNewAsync(string topic, string group, string consumer, int count) =>
        Entries(await Db.StreamReadGroupAsync(topic, group, consumer, StreamPosition.NewMessages, count));

    /// <summary>
    /// XAUTOCLAIM topic group consumer min-idle 0-0 COUNT n: entries pending longer than
    /// <paramref name="minIdle"/> (a replica died mid-delivery, or retries ran out) become this consumer's.
    /// </summary>
    public async Task<IReadOnlyList<TopicEntry>> ClaimStaleAsync(string topic, string group, string consumer, TimeSpan minIdle, int count)
    {
        var result = await Db.StreamAutoClaimAsync(topic, group, consumer, (long)minIdle.TotalMilliseconds, "0-0", count);
        return result.IsNull ? [] : Entries(result.ClaimedEntries);
    }

    public Task AckAsync(string topic, string group, string id) => Db.StreamAcknowledgeAsync(topic, group, id);

    public async Task<bool> PingAsync()
    {
        try { await Db.PingAsync(); return true; }
        catch (RedisException) { return false; }
        catch (TimeoutException) { return false; }
    }

    private static RedisChannel NoticeChannel(string topic) => RedisChannel.Literal("local-sidecar:added:" + topic);

    private static List<TopicEntry> Entries(StreamEntry[] entries) => entries
        .Where(e => !e.IsNull)
        .Select(e => new TopicEntry(e.Id.ToString(), e["data"] is { IsNull: false } data ? (byte[])data! : null))
        .ToList();

    public void Dispose() => redis.Dispose();
}
