extern alias NotificationsService;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.Extensions.DependencyInjection;
using NotificationsService::Notifications.Api.Delivering;
using Xunit;

namespace Interop.Tests.Webhooks;

/// <summary>
/// The real notifications service (its store, subscriptions, delivery worker and StandardWebhooks signer) on
/// loopback, with a clock the test can set behind the real one, and one provider endpoint on a
/// <see cref="ProviderReceiver"/> registered through the API. Its deliveries are what the npm receivers judge.
/// </summary>
public sealed class DeliveringService : IAsyncDisposable
{
    public const string CareHome = "PRV-0042";
    private const string Endpoints = "/api/v1/webhook-endpoints";
    private const string PlacementOffered = "commissioning.care-packages.placement-offered.v1";

    private DeliveringService(ServiceUnderTest<NotificationsService::Program> service, ShiftedClock clock,
        ProviderReceiver receiver) => (Service, Clock, Receiver) = (service, clock, receiver);

    public ServiceUnderTest<NotificationsService::Program> Service { get; }
    public ShiftedClock Clock { get; }
    public ProviderReceiver Receiver { get; }
    public string Secret { get; private set; } = "";
    public Guid EndpointId { get; private set; }

    /// <summary>The endpoint is registered ten minutes back, so that its first secret signs a stale delivery too.
    /// </summary>
    public static async Task<DeliveringService> Start()
    {
        var clock = new ShiftedClock { Shift = TimeSpan.FromMinutes(-10) };
        var service = new ServiceUnderTest<NotificationsService::Program>(new Dictionary<string, string?>
        {
            ["Notifications:AllowLoopback"] = "true", ["Notifications:DeliverySweepInterval"] = "01:00:00",
        }, s => s.AddSingleton<TimeProvider>(clock));
        var delivering = new DeliveringService(service, clock, await ProviderReceiver.Start());
        using var provider = delivering.Provider();
        var registered = await Answer(provider.PostAsJsonAsync(Endpoints, new
        {
            url = delivering.Receiver.Url.AbsoluteUri, eventTypes = new[] { PlacementOffered },
            description = "Rostering: placements",
        }));
        delivering.Secret = registered.GetProperty("secret").GetString()!;
        delivering.EndpointId = registered.GetProperty("endpoint").GetProperty("id").GetGuid();
        clock.Shift = TimeSpan.Zero;
        return delivering;
    }

    /// <summary>A new secret; the one it replaces keeps signing for the overlap (24 h).</summary>
    public async Task<string> RotateSecret()
    {
        using var provider = Provider();
        var rotated = await Answer(provider.PostAsJsonAsync($"{Endpoints}/{EndpointId}/secret-rotations",
            new { overlapHours = 24 }));
        return rotated.GetProperty("secret").GetString()!;
    }

    /// <summary>
    /// A placement request inviting the care home, delivered to the service as the sidecar does, then one sweep of
    /// the delivery worker: what the receiver got, with the event's id and the package (its subject).
    /// </summary>
    public async Task<(Delivered Delivery, Guid EventId, Guid Package)> DeliverPlacementOffered()
    {
        var (eventId, package) = (Guid.NewGuid(), Guid.NewGuid());
        using var sidecar = Service.CreateClient();
        Assert.Equal("SUCCESS", await SidecarDelivery.Deliver(sidecar, "care-packages", "placement-offered", new
        {
            placementRequestId = Guid.NewGuid().ToString(), packageId = package.ToString(),
            serviceType = "residential", locality = "Wirral", providers = new[] { new { code = CareHome } },
            offersCloseAt = "2026-12-10T17:00:00Z", occurredAt = "2026-12-03T09:30:00Z",
        }, eventId.ToString()));
        var before = Receiver.Deliveries.Count;
        Assert.Equal(1, await Service.Services.GetRequiredService<DeliveryWorker>().SweepAsync());
        Assert.Equal(before + 1, Receiver.Deliveries.Count);
        return (Receiver.Deliveries.Last(), eventId, package);
    }

    private HttpClient Provider() => Service.ClientFor(CareHome, Roles.ProviderUser);

    private static async Task<JsonElement> Answer(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}

/// <summary>The real clock, set back or forward by <see cref="Shift"/>: a delivery signed in the past is stale.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
