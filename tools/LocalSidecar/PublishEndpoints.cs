using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
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

    private static async Task<IResult> PublishAsync(string pubsub, string topic, HttpRequest http, TopicPublisher publisher)
    {
        if (!publisher.Serves(pubsub)) return NotFound(pubsub);
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body);
        try
        {
            await publisher.PublishAsync(topic, body.ToArray(), http.ContentType, Metadata(http.Query), TraceParent(http), TraceState(http));
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
    private static async Task<IResult> PublishBulkAsync(string pubsub, string topic, HttpRequest http, TopicPublisher publisher)
    {
        if (!publisher.Serves(pubsub)) return NotFound(pubsub);
        var entries = await JsonSerializer.DeserializeAsync<List<BulkEntry>>(http.Body, BulkEntry.Json) ?? [];
        var requestMetadata = Metadata(http.Query);
        var failed = (await publisher.PublishAllAsync(topic,
                entries.Select(e => new TopicPublisher.BulkEntry(e.EntryId, e.Body(), e.ContentType, TopicPublisher.Merge(requestMetadata, e.Metadata))),
                TraceParent(http), TraceState(http)))
            .Select(f => new { entryId = f.EntryId, error = f.Error }).ToList();
        return failed.Count == 0
            ? Results.NoContent()
            : Results.Json(new { failedEntries = failed, errorCode = "ERR_PUBSUB_PUBLISH_MESSAGE" }, statusCode: StatusCodes.Status500InternalServerError);
    }

    private static string? TraceParent(HttpRequest http) => http.Headers["traceparent"].FirstOrDefault();
    private static string? TraceState(HttpRequest http) => http.Headers["tracestate"].FirstOrDefault();

    private static Dictionary<string, string> Metadata(IQueryCollection query) => query
        .Where(q => q.Key.StartsWith("metadata.", StringComparison.Ordinal))
        .ToDictionary(q => q.Key["metadata.".Length..], q => q.Value.ToString());

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
