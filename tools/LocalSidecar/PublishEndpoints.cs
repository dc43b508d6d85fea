using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LocalSidecar;

/// <summary>POST /v1.0/publish/{pubsub}/{topic} and the alpha bulk variant, answered as daprd answers them.</summary>
public static class PublishEndpoints
{
    public static void MapPublish(this WebApplication app)
    {
        app.MapPost("/v1.0/publish/{pubsub}/{*topic}", PublishAsync);
        app.MapPost("/v1.0-alpha1/publish/bulk/{pubsub}/{*topic}", PublishBulkAsync);
    }

    private static async Task<IResult> PublishAsync(string pubsub, string topic, HttpRequest http, RedisStreams redis, IOptions<SidecarOptions> options)
    {
        if (pubsub != options.Value.PubSubName) return NotFound(pubsub);
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body);
        var metadata = Metadata(http.Query);
        try
        {
            var data = CloudEvents.ForPublish(Request(topic, options.Value, body.ToArray(), http.ContentType, metadata, http));
            await redis.AddAsync(topic, data, MetadataJson(metadata));
            return Results.NoContent();
        }
        catch (JsonException e)
        {
            return Error(StatusCodes.Status400BadRequest, "ERR_PUBSUB_CLOUD_EVENTS_SER", e.Message);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return Error(StatusCodes.Status500InternalServerError, "ERR_PUBSUB_PUBLISH_MESSAGE", $"error when publish to topic {topic} in pubsub {pubsub}: {e.Message}");
        }
    }

    /// <summary>Entries are {entryId, event, contentType, metadata}; 204 when all went, else 500 listing the failed entries.</summary>
    private static async Task<IResult> PublishBulkAsync(string pubsub, string topic, HttpRequest http, RedisStreams redis, IOptions<SidecarOptions> options)
    {
        if (pubsub != options.Value.PubSubName) return NotFound(pubsub);
        var entries = await JsonSerializer.DeserializeAsync<List<BulkEntry>>(http.Body, BulkEntry.Json) ?? [];
        var requestMetadata = Metadata(http.Query);
        var failed = new List<object>();
        foreach (var entry in entries)
        {
            var metadata = new Dictionary<string, string>(requestMetadata);
            foreach (var (key, value) in entry.Metadata ?? []) metadata[key] = value;
            try
            {
                var data = CloudEvents.ForPublish(Request(topic, options.Value, entry.Body(), entry.ContentType, metadata, http));
                await redis.AddAsync(topic, data, MetadataJson(metadata));
            }
            catch (Exception e) when (e is RedisException or TimeoutException or JsonException)
            {
                failed.Add(new { entryId = entry.EntryId, error = e.Message });
            }
        }
        return failed.Count == 0
            ? Results.NoContent()
            : Results.Json(new { failedEntries = failed, errorCode = "ERR_PUBSUB_PUBLISH_MESSAGE" }, statusCode: StatusCodes.Status500InternalServerError);
    }

    private static CloudEvents.PublishRequest Request(string topic, SidecarOptions options, byte[] body, string? contentType,
        IReadOnlyDictionary<string, string> metadata, HttpRequest http) =>
        new(topic, options.PubSubName, options.AppId, body, contentType, metadata,
            http.Headers["traceparent"].FirstOrDefault(), http.Headers["tracestate"].FirstOrDefault());

    private static Dictionary<string, string> Metadata(IQueryCollection query) => query
        .Where(q => q.Key.StartsWith("metadata.", StringComparison.Ordinal))
        .ToDictionary(q => q.Key["metadata.".Length..], q => q.Value.ToString());

    private static string? MetadataJson(Dictionary<string, string> metadata) => metadata.Count == 0 ? null : JsonSerializer.Serialize(metadata);

    private static IResult NotFound(string pubsub) =>
        Error(StatusCodes.Status404NotFound, "ERR_PUBSUB_NOT_FOUND", $"pubsub {pubsub} not found");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { errorCode = code, message }, statusCode: status);

    private sealed record BulkEntry(string EntryId, JsonNode? Event, string? ContentType, Dictionary<string, string>? Metadata)
    {
        public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        /// <summary>A JSON event is its JSON text; a string event under a non-JSON content type is the text itself.</summary>
        public byte[] Body() => Event is JsonValue value && value.TryGetValue<string>(out var text) && !CloudEvents.IsJson(ContentType ?? "text/plain")
            ? Encoding.UTF8.GetBytes(text)
            : Encoding.UTF8.GetBytes(Event?.ToJsonString() ?? "null");
    }
}
