using System.Text.Json;
using StackExchange.Redis;

namespace Eventing.Tests.Support;

/// <summary>Reads Redis Streams directly, to check what the sidecar wrote and acknowledged (raw commands: SE.Redis 1.2.6 has no Streams API).</summary>
public sealed class StreamProbe(string configuration) : IDisposable
{
    private readonly ConnectionMultiplexer _redis = ConnectionMultiplexer.Connect(configuration + ",abortConnect=false");

    private IDatabase Db => _redis.GetDatabase();

    /// <summary>Each entry's fields, in stream order.</summary>
    public async Task<List<Dictionary<string, string>>> EntriesAsync(string topic)
    {
        var entries = (RedisResult[])(await Db.ExecuteAsync("XRANGE", topic, "-", "+"))!;
        return entries.Select(e => (RedisResult[])((RedisResult[])e!)[1]!)
            .Select(fields => Enumerable.Range(0, fields.Length / 2).ToDictionary(i => (string)fields[2 * i]!, i => (string)fields[2 * i + 1]!))
            .ToList();
    }

    /// <summary>The CloudEvents in a topic's stream (the <c>data</c> field of each entry).</summary>
    public async Task<List<JsonElement>> EventsAsync(string topic) =>
        (await EntriesAsync(topic)).Select(e => JsonDocument.Parse(e["data"]).RootElement).ToList();

    public async Task<long> LengthAsync(string topic) => (long)await Db.ExecuteAsync("XLEN", topic);

    /// <summary>XINFO GROUPS as name → fields (name, consumers, pending, last-delivered-id, entries-read, lag).</summary>
    public async Task<Dictionary<string, Dictionary<string, string>>> GroupsAsync(string topic)
    {
        var groups = (RedisResult[])(await Db.ExecuteAsync("XINFO", "GROUPS", topic))!;
        return groups.Select(g => (RedisResult[])g!)
            .Select(f => Enumerable.Range(0, f.Length / 2).ToDictionary(i => (string)f[2 * i]!, i => f[2 * i + 1].IsNull ? "" : (string)f[2 * i + 1]!))
            .ToDictionary(g => g["name"]);
    }

    /// <summary>True when the group has read every entry of the stream and acknowledged all of them.</summary>
    public async Task<bool> DrainedAsync(string topic, string group)
    {
        if (await Db.KeyExistsAsync(topic) == false) return false;
        var groups = await GroupsAsync(topic);
        return groups.TryGetValue(group, out var info) && info["pending"] == "0" && info["lag"] == "0";
    }

    public async Task PublishRawAsync(string topic, string data) => await Db.ExecuteAsync("XADD", topic, "*", "data", data);

    public void Dispose() => _redis.Dispose();
}
