using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalSidecar;

/// <summary>
/// What daprd stores in a stream entry's <c>data</c> for a publish: the app's own CloudEvent (structured
/// mode) completed with Dapr's extensions, or the app's payload wrapped in a new CloudEvent whose
/// attributes may be overridden with cloudevent.* metadata. rawPayload=true stores the body untouched.
/// </summary>
public static class CloudEvents
{
    public const string MediaType = "application/cloudevents+json";
    public const string DefaultType = "com.dapr.event.sent";

    public sealed record PublishRequest(string Topic, string PubSub, string AppId, byte[] Body, string? ContentType,
        IReadOnlyDictionary<string, string> Metadata, string? TraceParent, string? TraceState);

    /// <exception cref="JsonException">A body declared as a CloudEvent is not a JSON object.</exception>
    public static byte[] ForPublish(PublishRequest request)
    {
        if (request.Metadata.TryGetValue("rawPayload", out var raw) && bool.TryParse(raw, out var isRaw) && isRaw) return request.Body;
        var contentType = request.ContentType;
        var traceParent = request.TraceParent ?? NewTraceParent();
        JsonObject cloudEvent;
        if (contentType?.StartsWith(MediaType, StringComparison.OrdinalIgnoreCase) == true)
        {
            cloudEvent = JsonNode.Parse(request.Body) as JsonObject ?? throw new JsonException("The CloudEvent is not a JSON object.");
            cloudEvent.TryAdd("source", "Dapr");
            cloudEvent.TryAdd("type", DefaultType);
            cloudEvent.TryAdd("specversion", "1.0");
            // daprd re-stamps trace context with its own span; it keeps the event's when the caller sent none.
            if (request.TraceParent is null && cloudEvent["traceparent"] is JsonValue own) traceParent = own.ToString();
        }
        else
        {
            contentType = string.IsNullOrEmpty(contentType) ? "text/plain" : contentType;
            cloudEvent = new JsonObject
            {
                ["id"] = Override(request, "id") ?? Guid.NewGuid().ToString(),
                ["specversion"] = "1.0",
                ["datacontenttype"] = contentType,
                ["source"] = Override(request, "source") ?? request.AppId,
                ["type"] = Override(request, "type") ?? DefaultType,
                ["time"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            };
            var (field, data) = Data(request.Body, contentType);
            cloudEvent[field] = data;
            traceParent = Override(request, "traceparent") ?? traceParent;
        }
        cloudEvent["topic"] = request.Topic;
        cloudEvent["pubsubname"] = request.PubSub;
        cloudEvent["traceid"] = traceParent;
        cloudEvent["traceparent"] = traceParent;
        cloudEvent["tracestate"] = request.TraceState ?? "";
        return JsonSerializer.SerializeToUtf8Bytes(cloudEvent);
    }

    private static string? Override(PublishRequest request, string attribute) =>
        request.Metadata.TryGetValue("cloudevent." + attribute, out var value) && value.Length > 0 ? value : null;

    /// <summary>JSON content stays JSON, binary becomes data_base64, anything else a string (as NewCloudEventsEnvelope does).</summary>
    private static (string Field, JsonNode? Data) Data(byte[] body, string contentType)
    {
        if (IsJson(contentType))
        {
            try { return ("data", JsonNode.Parse(body)); }
            catch (JsonException) { return ("data", Encoding.UTF8.GetString(body)); }
        }
        return contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            ? ("data_base64", Convert.ToBase64String(body))
            : ("data", Encoding.UTF8.GetString(body));
    }

    public static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    public static string NewTraceParent() =>
        $"00-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01";
}
