using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Xunit;
using static DemoData.CarePathway;

namespace EndToEnd.Tests;

/// <summary>
/// Provider notifications on the running platform (issue 19): care packages publishes through its sidecar and
/// Redis, notifications decides who may see each event and delivers it, signed, to the endpoints providers
/// registered through the gateway, here on the platform's demo receiver, which verifies every signature.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationsAcrossServicesTests(LocalPlatform platform) : IDisposable
{
    private const string PlacementOffered = "commissioning.care-packages.placement-offered.v1";
    private readonly HttpClient _commissioner = platform.ClientFor(Council, Roles.Commissioner);
    private readonly HttpClient _finance = platform.ClientFor(Council, Roles.FinanceOfficer);
    private readonly HttpClient _receiver = new() { BaseAddress = platform.DemoReceiver };

    [Fact]
    public async Task A_placement_request_inviting_two_providers_reaches_exactly_those_two_endpoints()
    {
        // A lot of the framework in a locality of this test's own, so that the market invites exactly its two homes.
        var locality = "Hoylake " + Guid.NewGuid().ToString("N")[..6];
        var market = new FrameworkMarket(_commissioner);
        (Guid Id, string Code)[] invited = [await market.AdmittedCareHome(locality: locality),
            await market.AdmittedCareHome(locality: locality)];
        var elsewhere = await market.AdmittedCareHome();
        foreach (var home in invited.Append(elsewhere)) await Subscribe(home.Code);

        // A line of its own: the other journeys assert on the commitments of theirs.
        var (fund, line) = await WirralPool.CouncilLine2018(_finance, "ASC-NOTIFIED-2018");
        var journey = new CareJourney(() => new HttpClient { BaseAddress = platform.Gateway }, fund, line);
        var request = await FrameworkMarket.PlacementRequest(journey, "9990000042", locality);
        Assert.Equal(invited.Select(h => h.Code).Order(), request.GetProperty("invitations").EnumerateArray()
            .Select(i => i.GetProperty("providerCode").GetString()!).Order());

        var subject = Assert.Single(await FeedOnceOffered(invited[0].Code), e => e.Type == PlacementOffered).Subject;
        foreach (var home in invited)
        {
            var delivery = Assert.Single(await DeliveredOnceSettled(home.Code));
            Assert.Equal((subject, true, 1), (delivery.Subject, delivery.Verified, delivery.Copies));
        }
        Assert.DoesNotContain(await Feed(elsewhere.Code), e => e.Subject == subject);
        Assert.Empty(await Deliveries(elsewhere.Code));
    }

    [Fact]
    public async Task The_demo_care_home_is_sent_its_invitation_to_the_demo_placement_signed_as_the_tour_shows()
    {
        var delivery = Assert.Single(await DeliveredOnceSettled(DemoData.NotificationsDemo.ReceiverName));

        Assert.True(delivery.Verified, "the receiver verifies the signature with the secret the demo gave it");
        Assert.StartsWith("msg_", delivery.WebhookId);
    }

    /// <summary>The home's provider user registers an endpoint on the demo receiver and gives it the secret.</summary>
    private async Task Subscribe(string code)
    {
        using var provider = Provider(code);
        var issued = await Read(await provider.PostAsJsonAsync("/api/v1/webhook-endpoints", new
        {
            url = new Uri(platform.DemoReceiver, $"/receivers/{code}"), eventTypes = new[] { PlacementOffered },
            description = "Rostering",
        }));
        using var secret = new StringContent(issued.GetProperty("secret").GetString()!, Encoding.UTF8);
        (await _receiver.PutAsync($"/receivers/{code}/secret", secret)).EnsureSuccessStatusCode();
    }

    private HttpClient Provider(string code) =>
        Client(() => new HttpClient { BaseAddress = platform.Gateway }, $"rostering-{code}", code, Roles.ProviderUser);

    private async Task<IReadOnlyList<(string Type, string Subject)>> Feed(string code)
    {
        using var provider = Provider(code);
        return (await Read(await provider.GetAsync("/api/v1/provider-events"))).GetProperty("events")
            .EnumerateArray().Select(e => (e.GetProperty("type").GetString()!, e.GetProperty("subject").GetString()!))
            .ToList();
    }

    /// <summary>The provider's feed once it holds a placement invitation (the event travels from care packages
    /// through the sidecars), at most a minute.</summary>
    private async Task<IReadOnlyList<(string Type, string Subject)>> FeedOnceOffered(string code)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline; await Task.Delay(250))
            if ((await Feed(code)).Any(e => e.Type == PlacementOffered)) break;
        return await Feed(code);
    }

    /// <summary>The receiver's placement invitations once there is one (events travel through the sidecars), at
    /// most a minute, then a few seconds more so that a second, wrongly sent, would have arrived too.</summary>
    private async Task<IReadOnlyList<Delivery>> DeliveredOnceSettled(string receiver)
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < deadline; await Task.Delay(250))
            if ((await Deliveries(receiver)).Any(d => d.Type == PlacementOffered)) break;
        await Task.Delay(TimeSpan.FromSeconds(3));
        return (await Deliveries(receiver)).Where(d => d.Type == PlacementOffered).ToList();
    }

    private async Task<IReadOnlyList<Delivery>> Deliveries(string code) =>
        await _receiver.GetFromJsonAsync<List<Delivery>>($"/receivers/{code}/deliveries", Json) ?? [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Delivery(string WebhookId, string? Type, string? Subject, bool Verified, int Copies);

    public void Dispose()
    {
        _commissioner.Dispose();
        _finance.Dispose();
        _receiver.Dispose();
    }
}
