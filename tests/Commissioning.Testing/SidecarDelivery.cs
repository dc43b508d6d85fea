using System.Text;
using System.Text.Json;

namespace Commissioning.Testing;

/// <summary>Delivers an event to a service as the sidecar does (a structured CloudEvent on its subscription route) and returns its answer: SUCCESS, RETRY or DROP.</summary>
public static class SidecarDelivery
{
    public static async Task<string> Deliver(HttpClient service, string source, string name, object data, string? eventId = null)
    {
        var response = await Post(service, source, name, data, eventId);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()!;
    }

    /// <summary>The service's whole answer to the delivery, for tests of who may deliver at all.</summary>
    public static async Task<HttpResponseMessage> Post(HttpClient service, string source, string name, object data,
        string? eventId = null)
    {
        var cloudEvent = new
        {
            specversion = "1.0", id = eventId ?? Guid.NewGuid().ToString(), source, type = $"commissioning.{source}.{name}.v1",
            datacontenttype = "application/json", topic = $"{source}.{name}", pubsubname = "pubsub", data,
        };
        return await service.PostAsync($"/events/{name}",
            new StringContent(JsonSerializer.Serialize(cloudEvent), Encoding.UTF8, "application/cloudevents+json"));
    }
}
