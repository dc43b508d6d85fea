using StackExchange.Redis;

namespace LocalSidecar;

/// <summary>An entry read from a stream: its id and its <c>data</c> field (the CloudEvent), as pubsub.redis stores it.</summary>
public sealed record StreamEntry(string Id, byte[]? Data);

/// <summary>A pending entry as XPENDING reports it.</summary>
public sealed record PendingEntry(string Id, string Consumer, TimeSpan Idle, long Deliveries);

/// <summary>
/// The Redis Streams commands of Dapr's pubsub.redis, sent raw: StackExchange.Redis 1.2.6 predates the
/// Streams API. No BLOCK is used (callers poll with back-off). The multiplexer reconnects by itself after
/// a Redis restart; commands fail fast while it is away and callers retry.
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
        options.KeepAlive = 5;
        return ConnectionMultiplexer.Connect(options);
    }

    /// <summary>XADD topic * data &lt;cloudevent&gt; [metadata &lt;json&gt;]</summary>
    public async Task<string> AddAsync(string topic, byte[] data, string? metadataJson)
    {
        object[] args = metadataJson is null
            ? [topic, "*", "data", data]
            : [topic, "*", "data", data, "metadata", metadataJson];
        return (string)(await Db.ExecuteAsync("XADD", args))!;
    }

    /// <summary>XGROUP CREATE topic group 0 MKSTREAM, ignoring BUSYGROUP as pubsub.redis does.</summary>
    public async Task EnsureGroupAsync(string topic, string group)
    {
        try
        {
            await Db.ExecuteAsync("XGROUP", "CREATE", topic, group, "0", "MKSTREAM");
        }
        catch (RedisServerException e) when (e.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
        }
    }

    /// <summary>XREADGROUP GROUP group consumer COUNT n STREAMS topic &gt; (new entries only).</summary>
    public async Task<IReadOnlyList<StreamEntry>> ReadNewAsync(string topic, string group, string consumer, int count)
    {
        var reply = await Db.ExecuteAsync("XREADGROUP", "GROUP", group, consumer, "COUNT", count, "STREAMS", topic, ">");
        if (reply.IsNull) return [];
        var streams = (RedisResult[])reply!;
        return streams.Length == 0 ? [] : Entries((RedisResult[])((RedisResult[])streams[0]!)[1]!);
    }

    /// <summary>XPENDING topic group - + count</summary>
    public async Task<IReadOnlyList<PendingEntry>> PendingAsync(string topic, string group, int count)
    {
        var reply = (RedisResult[])(await Db.ExecuteAsync("XPENDING", topic, group, "-", "+", count))!;
        return reply.Select(r => (RedisResult[])r!).Select(p => new PendingEntry(
            (string)p[0]!, (string)p[1]!, TimeSpan.FromMilliseconds((long)p[2]), (long)p[3])).ToList();
    }

    /// <summary>
    /// XCLAIM topic group consumer min-idle ids... Entries someone else claimed meanwhile are not returned;
    /// entries trimmed from the stream are dropped from the pending list by Redis 7 itself.
    /// </summary>
    public async Task<IReadOnlyList<StreamEntry>> ClaimAsync(string topic, string group, string consumer, TimeSpan minIdle, IReadOnlyList<string> ids)
    {
        object[] args = [topic, group, consumer, (long)minIdle.TotalMilliseconds, .. ids];
        return Entries((RedisResult[])(await Db.ExecuteAsync("XCLAIM", args))!);
    }

    public async Task AckAsync(string topic, string group, string id) => await Db.ExecuteAsync("XACK", topic, group, id);

    public async Task<bool> PingAsync()
    {
        try { await Db.PingAsync(); return true; }
        catch (RedisException) { return false; }
        catch (TimeoutException) { return false; }
    }

    private static List<StreamEntry> Entries(RedisResult[] entries) => entries
        .Where(e => !e.IsNull)
        .Select(e => (RedisResult[])e!)
        .Select(e => new StreamEntry((string)e[0]!, DataField(e[1])))
        .ToList();

    private static byte[]? DataField(RedisResult fields)
    {
        if (fields.IsNull) return null;
        var pairs = (RedisResult[])fields!;
        for (var i = 0; i + 1 < pairs.Length; i += 2)
            if ((string)pairs[i]! == "data") return (byte[])pairs[i + 1]!;
        return null;
    }

    public void Dispose() => redis.Dispose();
}
