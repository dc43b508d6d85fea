using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commissioning.Eventing.Outbox;
using Microsoft.Extensions.Options;

namespace Commissioning.Eventing.Sidecar;

/// <summary>
/// The part of the Dapr sidecar HTTP API services use: publish and health. The body is the complete
/// CloudEvent (structured mode), so the id, type, source, subject and traceparent are ours, not the
/// sidecar's; the cloudevent.* metadata says the same for sidecars that build their own envelope.
/// </summary>
public sealed class SidecarClient(HttpClient http, IOptions<EventingOptions> options)
{
    private readonly EventingOptions _options = options.Value;

    public async Task<PublishOutcome> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var uri = $"v1.0/publish/{Uri.EscapeDataString(_options.PubSub)}/{Uri.EscapeDataString(message.Topic)}" +
                  $"?metadata.cloudevent.id={message.Id}&metadata.cloudevent.type={Uri.EscapeDataString(message.Type)}" +
                  $"&metadata.cloudevent.source={Uri.EscapeDataString(message.Source)}";
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(Envelope(message)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(CloudEvent.MediaType);
        if (message.TraceParent is not null) request.Headers.TryAddWithoutValidation("traceparent", message.TraceParent);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? PublishOutcome.Published
                : PublishOutcome.Failed($"sidecar answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return PublishOutcome.Failed($"sidecar unreachable: {e.Message}");
        }
    }

    /// <summary>GET /v1.0/healthz: daprd answers 204 once its components and app channel are ready.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("v1.0/healthz", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    internal static byte[] Envelope(OutboxMessage message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", message.Id.ToString());
            json.WriteString("source", message.Source);
            json.WriteString("type", message.Type);
            json.WriteString("subject", message.Subject);
            json.WriteString("time", DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc));
            json.WriteString("datacontenttype", "application/json");
            if (message.TraceParent is not null) json.WriteString("traceparent", message.TraceParent);
            json.WritePropertyName("data");
            json.WriteRawValue(Encoding.UTF8.GetBytes(message.Payload));
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}

public readonly record struct PublishOutcome(bool Succeeded, string? Error)
{
    public static readonly PublishOutcome Published = new(true, null);
    public static PublishOutcome Failed(string error) => new(false, error);
}
