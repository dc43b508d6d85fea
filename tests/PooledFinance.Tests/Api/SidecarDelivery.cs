using System.Text;
using System.Text.Json;
using Commissioning.Testing;

namespace PooledFinance.Tests.Api;

/// <summary>Delivers an event to the service as the sidecar does (a structured CloudEvent) and returns its status: SUCCESS, RETRY or DROP.</summary>
public static class SidecarDelivery
{
    public static async Task<string> Deliver(ServiceUnderTest<Program> service, string source, string name, object data, string? eventId = null)
    {
        using var sidecar = service.CreateClient();
        var cloudEvent = new
        {
            specversion = "1.0", id = eventId ?? Guid.NewGuid().ToString(), source, type = $"commissioning.{source}.{name}.v1",
            datacontenttype = "application/json", topic = $"{source}.{name}", pubsubname = "pubsub", data,
        };
        var response = await sidecar.PostAsync($"/events/{name}",
            new StringContent(JsonSerializer.Serialize(cloudEvent), Encoding.UTF8, "application/cloudevents+json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()!;
    }
}
