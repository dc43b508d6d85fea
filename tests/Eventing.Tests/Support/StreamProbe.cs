using System.Text.Json;
using StackExchange.Redis;

namespace Eventing.Tests.Support;

/// <summary>Reads Redis Streams directly with StackExchange.Redis's Streams API, to check what the sidecar wrote and acknowledged.</summary>
public sealed class StreamProbe(string configuration) : IDisposable
{
    private readonly ConnectionMultiplexer _redis = ConnectionMultiplexer.Connect(configuration + ",abortConnect=false");

    private IDatabase Db => _redis.GetDatabase();

    /// <summary>Each entry's fields, in stream order.</summary>
    public async Task<List<Dictionary<string, string>>> EntriesAsync(string topic) =>
        (await Db.StreamRangeAsync(topic)).Select(e => e.Values.ToDictionary(f => f.Name.ToString(), f => f.Value.ToString())).ToList();

    /// <summary>The CloudEvents in a topic's stream (the <c>data</c> field of each entry).</summary>
    public async Task<List<JsonElement>> EventsAsync(string topic) =>
        (await EntriesAsync(topic)).Select(e => JsonDocument.Parse(e["data"]).RootElement).ToList();

    public Task<long> LengthAsync(string topic) => Db.StreamLengthAsync(topic);

    /// <summary>XINFO GROUPS by group name.</summary>
    public async Task<Dictionary<string, StreamGroupInfo>> GroupsAsync(string topic) =>
        (await Db.StreamGroupInfoAsync(topic)).ToDictionary(g => g.Name);

    /// <summary>True when the group has read every entry of the stream and acknowledged all of them.</summary>
    public async Task<bool> DrainedAsync(string topic, string group)
    {
        if (await Db.KeyExistsAsync(topic) == false) return false;
        var groups = await GroupsAsync(topic);
        return groups.TryGetValue(group, out var info) && info.PendingMessageCount == 0 && info.Lag == 0;
    }

    public Task PublishRawAsync(string topic, string data) => Db.StreamAddAsync(topic, "data", data);

    public void Dispose() => _redis.Dispose();
}
