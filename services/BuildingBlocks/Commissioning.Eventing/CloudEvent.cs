using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commissioning.Eventing;

/// <summary>
/// A structured-mode CloudEvent 1.0 as Dapr carries it (with Dapr's <c>topic</c>, <c>pubsubname</c> and
/// <c>traceid</c> extensions). <see cref="Data"/> stays raw JSON so proto messages are parsed with the
/// proto-JSON parser, not System.Text.Json.
/// </summary>
public sealed record CloudEvent
{
    public const string MediaType = "application/cloudevents+json";

    [JsonPropertyName("specversion")] public string SpecVersion { get; init; } = "1.0";
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("subject")] public string? Subject { get; init; }
    [JsonPropertyName("time")] public DateTime? Time { get; init; }
    [JsonPropertyName("datacontenttype")] public string? DataContentType { get; init; }
    [JsonPropertyName("traceparent")] public string? TraceParent { get; init; }
    [JsonPropertyName("topic")] public string? Topic { get; init; }
    [JsonPropertyName("pubsubname")] public string? PubSubName { get; init; }
    [JsonPropertyName("data")] public JsonElement? Data { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
