using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LocalSidecar;

/// <summary>
/// What both publish APIs (HTTP and gRPC) do with one event: build the CloudEvent daprd would store and
/// XADD it to the topic's stream. Errors are left to the API, which answers them in its own terms.
/// </summary>
public sealed class TopicPublisher(RedisStreams redis, IOptions<SidecarOptions> options)
{
    private SidecarOptions Options => options.Value;

    public bool Serves(string pubsub) => pubsub == Options.PubSubName;

    /// <exception cref="JsonException">A body declared as a CloudEvent is not a JSON object.</exception>
    public async Task PublishAsync(string topic, byte[] body, string? contentType,
        IReadOnlyDictionary<string, string> metadata, string? traceParent, string? traceState)
    {
        var data = CloudEvents.ForPublish(new(topic, Options.PubSubName, Options.AppId, body, contentType, metadata,
            traceParent, traceState));
        await redis.AddAsync(topic, data, metadata.Count == 0 ? null : JsonSerializer.Serialize(metadata));
    }

    public sealed record BulkEntry(string EntryId, byte[] Body, string? ContentType, IReadOnlyDictionary<string, string> Metadata);

    /// <summary>
    /// A bulk publish: every entry's XADD is sent before the first answer is awaited (the multiplexer pipelines
    /// them in order), so a bulk costs about one round trip. Returns the entries that failed, with their error.
    /// </summary>
    public async Task<List<(string EntryId, string Error)>> PublishAllAsync(string topic, IEnumerable<BulkEntry> entries,
        string? traceParent, string? traceState)
    {
        var sent = entries.Select(e => (e.EntryId, Publish: PublishAsync(topic, e.Body, e.ContentType, e.Metadata, traceParent, traceState)))
            .ToList();
        var failed = new List<(string, string)>();
        foreach (var (entryId, publish) in sent)
        {
            try { await publish; }
            catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException or JsonException)
            {
                failed.Add((entryId, e.Message));
            }
        }
        return failed;
    }

    /// <summary>The request's metadata with an entry's own on top, as daprd merges them for bulk publish.</summary>
    public static Dictionary<string, string> Merge(IEnumerable<KeyValuePair<string, string>> request,
        IEnumerable<KeyValuePair<string, string>>? entry)
    {
        var metadata = new Dictionary<string, string>(request);
        foreach (var (key, value) in entry ?? []) metadata[key] = value;
        return metadata;
    }
}
