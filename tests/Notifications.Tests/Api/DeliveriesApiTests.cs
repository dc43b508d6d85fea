using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Notifications.Api.Delivering;
using Notifications.Domain.Visibility;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
using static Commissioning.Testing.Answers;
using static Notifications.Tests.Api.ProviderEndpoints;

namespace Notifications.Tests.Api;

/// <summary>
/// Deliveries on a real store to real receivers (issue 19 capabilities 2 to 4), events delivered to the service as
/// the sidecar does: a placement request reaches exactly the endpoints of the providers it invites; a receiver
/// that fails three times gets it on the fourth attempt, in order behind its subject's earlier event; a 410
/// disables; signatures verify with the StandardWebhooks package, during a rotation too; a replay sends again;
/// the feed shows a provider only its events.
/// </summary>
public abstract class DeliveriesApiTests : IAsyncLifetime
{
    private ProviderEndpoints _service = null!;
    private readonly List<Receiver> _receivers = [];

    protected abstract Dictionary<string, string?> Settings();

    public Task InitializeAsync()
    {
        _service = ProviderEndpoints.Start(new(Settings()) { ["Notifications:AllowLoopback"] = "true" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        foreach (var receiver in _receivers) await receiver.DisposeAsync();
    }

    private async Task<(Receiver Receiver, JsonElement Registered)> Endpoint(string organisation,
        params string[] eventTypes)
    {
        var receiver = await Receiver.Start(Answer.Allows);
        _receivers.Add(receiver);
        return (receiver, await _service.Register(receiver, organisation, eventTypes));
    }

    internal static object Offered(Guid package, params string[] providers) => new
    {
        placementRequestId = Guid.NewGuid().ToString(), packageId = package.ToString(), serviceType = "residential",
        locality = "Wirral", providers = providers.Select(code => new { code, name = $"Care home {code}" }),
        occurredAt = "2026-12-03T09:30:00Z",
    };

    private static object Awarded(Guid package, string provider) => new
    {
        placementRequestId = Guid.NewGuid().ToString(), packageId = package.ToString(),
        provider = new { code = provider }, weeklyCost = new { pence = 123_456, currencyCode = "GBP" },
        scoreBasisPoints = 8_250, occurredAt = "2026-12-03T10:30:00Z",
    };

    private static string Type(Posted posted) =>
        JsonDocument.Parse(posted.Body).RootElement.GetProperty("type").GetString()!;

    [Fact]
    public async Task A_placement_request_reaches_exactly_the_invited_providers_and_only_their_feeds_show_it()
    {
        var (invited, _) = await Endpoint(CareHome);
        var (alsoInvited, _) = await Endpoint(OtherCareHome);
        var (notInvited, _) = await Endpoint(ThirdCareHome);

        await _service.Publish("care-packages", "placement-offered", Offered(Guid.NewGuid(), CareHome, OtherCareHome));
        await _service.Sweep();

        Assert.Single(invited.Posts);
        Assert.Single(alsoInvited.Posts);
        Assert.Empty(notInvited.Posts);
        var posted = invited.Posts.Single();
        Assert.StartsWith("application/cloudevents+json", posted.ContentType);
        var cloudEvent = JsonDocument.Parse(posted.Body).RootElement;
        Assert.Equal(ProviderEventTypes.PlacementOffered, cloudEvent.GetProperty("type").GetString());
        Assert.Equal($"msg_{cloudEvent.GetProperty("id").GetGuid():N}", posted.Id);
        Assert.DoesNotContain(OtherCareHome, posted.Body);
        using var third = _service.As(ThirdCareHome);
        Assert.Empty((await Ok(third.GetAsync("/api/v1/provider-events"))).GetProperty("events").EnumerateArray());
        using var careHome = _service.As(CareHome);
        var feed = await Ok(careHome.GetAsync("/api/v1/provider-events?after=0&limit=10"));
        var seen = Assert.Single(feed.GetProperty("events").EnumerateArray());
        Assert.Equal(cloudEvent.GetProperty("id").GetGuid(), seen.GetProperty("id").GetGuid());
        Assert.Empty((await Ok(careHome.GetAsync($"/api/v1/provider-events?after={feed.GetProperty("next")}")))
            .GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task A_receiver_failing_three_times_gets_the_event_on_the_fourth_attempt_in_order_of_its_subject()
    {
        var (receiver, registered) = await Endpoint(CareHome, ProviderEventTypes.PlacementOffered,
            ProviderEventTypes.PlacementAwarded);
        foreach (var status in new[] { 500, 500, 500 }) receiver.Replies.Enqueue(status);
        var package = Guid.NewGuid();
        await _service.Publish("care-packages", "placement-offered", Offered(package, CareHome));
        await _service.Publish("care-packages", "placement-awarded", Awarded(package, CareHome));

        await _service.Sweep();
        foreach (var wait in new[] { TimeSpan.FromSeconds(6), TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(34) })
        {
            _service.Clock.Now += wait;
            await _service.Sweep();
        }
        await _service.Sweep();

        Assert.Equal(
            [.. Enumerable.Repeat(ProviderEventTypes.PlacementOffered, 4), ProviderEventTypes.PlacementAwarded],
            receiver.Posts.Select(Type));
        Assert.Single(receiver.Posts.Take(4).Select(p => p.Id).Distinct());
        using var provider = _service.As(CareHome);
        var id = registered.GetProperty("endpoint").GetProperty("id").GetGuid();
        var deliveries = await Ok(provider.GetAsync($"{Route}/{id}/deliveries"));
        var offered = deliveries.EnumerateArray()
            .Single(d => d.GetProperty("eventType").GetString() == ProviderEventTypes.PlacementOffered);
        Assert.Equal("succeeded", offered.GetProperty("status").GetString());
        Assert.Equal([500, 500, 500, 200],
            offered.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()));
    }

    [Fact]
    public async Task A_receiver_answering_410_is_disabled_and_sent_nothing_more()
    {
        var (receiver, registered) = await Endpoint(CareHome);
        receiver.Replies.Enqueue(410);

        await _service.Publish("care-packages", "placement-offered", Offered(Guid.NewGuid(), CareHome));
        await _service.Sweep();
        await _service.Publish("care-packages", "placement-offered", Offered(Guid.NewGuid(), CareHome));
        await _service.Sweep();

        Assert.Single(receiver.Posts);
        using var provider = _service.As(CareHome);
        var endpoint = await Ok(provider.GetAsync($"{Route}/{registered.GetProperty("endpoint").GetProperty("id")}"));
        Assert.Equal("disabled", endpoint.GetProperty("status").GetString());
        Assert.Contains("410", endpoint.GetProperty("disabledReason").GetString());
        // The provider is told by an event too (issue 19 cap. 3 and 7), naming the endpoint, its owner and why.
        var told = Assert.Single(await _service.Published("endpoint-disabled"));
        Assert.Equal(registered.GetProperty("endpoint").GetProperty("id").GetString(),
            told.GetProperty("endpointId").GetString());
        Assert.Equal(CareHome, told.GetProperty("owner").GetProperty("code").GetString());
        Assert.Contains("410", told.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_delivery_failing_every_scheduled_attempt_is_exhausted_and_the_provider_told()
    {
        var (receiver, registered) = await Endpoint(CareHome);
        foreach (var _ in Enumerable.Range(0, 8)) receiver.Replies.Enqueue(500);
        await _service.Publish("care-packages", "placement-offered", Offered(Guid.NewGuid(), CareHome));

        // The published schedule after the first attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, each waited
        // a tenth longer and a minute, past its jitter of up to 10%.
        await _service.Sweep();
        foreach (var wait in new[] { 5.0 / 60, 5, 30, 120, 300, 600, 600 })
        {
            _service.Clock.Now += TimeSpan.FromMinutes(wait * 1.1 + 1);
            await _service.Sweep();
        }

        Assert.Equal(8, receiver.Posts.Count);
        var told = Assert.Single(await _service.Published("delivery-exhausted"));
        Assert.Equal(registered.GetProperty("endpoint").GetProperty("id").GetString(),
            told.GetProperty("endpointId").GetString());
        Assert.Equal(ProviderEventTypes.PlacementOffered, told.GetProperty("eventType").GetString());
        Assert.Equal(8, told.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task The_signature_verifies_with_the_StandardWebhooks_package_with_either_secret_during_a_rotation()
    {
        var (receiver, registered) = await Endpoint(CareHome);
        var old = registered.GetProperty("secret").GetString()!;
        using var provider = _service.As(CareHome);
        var id = registered.GetProperty("endpoint").GetProperty("id").GetGuid();
        var rotated = await Ok(provider.PostAsJsonAsync($"{Route}/{id}/secret-rotations", new { overlapHours = 24 }));
        var next = rotated.GetProperty("secret").GetString()!;

        await _service.Publish("care-packages", "placement-offered", Offered(Guid.NewGuid(), CareHome));
        await _service.Sweep();

        var posted = Assert.Single(receiver.Posts);
        Assert.Equal(2, posted.Signature.Split(' ').Length);
        // The newest secret's signature comes first: the package's Verify reads only the first of the list.
        new StandardWebhook(next).Verify(posted.Body, Headers(posted, posted.Signature));
        Assert.Throws<WebhookVerificationException>(() =>
            new StandardWebhook(next).Verify(posted.Body.Replace("Wirral", "Sefton"),
                Headers(posted, posted.Signature)));
        // A receiver still holding the old secret finds its signature in the list, as the spec has it.
        Assert.Contains(posted.Signature.Split(' '), signature => Verifies(old, posted, signature));
        Assert.Contains(posted.Signature.Split(' '), signature => Verifies(next, posted, signature));
    }

    private static HeaderDictionary Headers(Posted posted, string signature) => new()
    {
        ["webhook-id"] = posted.Id, ["webhook-timestamp"] = posted.Timestamp, ["webhook-signature"] = signature,
    };

    private static bool Verifies(string secret, Posted posted, string signature)
    {
        try
        {
            new StandardWebhook(secret).Verify(posted.Body, Headers(posted, signature));
            return true;
        }
        catch (WebhookVerificationException)
        {
            return false;
        }
    }

    [Fact]
    public async Task A_replay_sends_the_window_again_under_the_same_webhook_id()
    {
        var (receiver, registered) = await Endpoint(CareHome);
        await _service.Publish("care-packages", "placement-offered", Offered(Guid.NewGuid(), CareHome));
        await _service.Sweep();
        using var provider = _service.As(CareHome);
        var id = registered.GetProperty("endpoint").GetProperty("id").GetGuid();

        var replay = await Ok(provider.PostAsJsonAsync($"{Route}/{id}/replays",
            new { from = _service.Clock.Now.AddHours(-1), to = _service.Clock.Now.AddHours(1) }));
        await _service.Sweep();

        Assert.Equal(1, replay.GetProperty("queued").GetInt32());
        Assert.Equal(2, receiver.Posts.Count);
        Assert.Single(receiver.Posts.Select(p => p.Id).Distinct());
        Assert.Equal(2, (await Ok(provider.GetAsync($"{Route}/{id}/deliveries"))).GetArrayLength());
    }

    [Fact]
    public async Task The_feed_keeps_an_event_30_days_unless_a_delivery_still_waits_to_send_it()
    {
        var (receiver, registered) = await Endpoint(CareHome);
        var (sent, waiting) = (Guid.NewGuid(), Guid.NewGuid());
        await _service.Publish("care-packages", "placement-offered", Offered(sent, CareHome));
        await _service.Sweep();
        receiver.Replies.Enqueue(500);
        await _service.Publish("care-packages", "placement-offered", Offered(waiting, CareHome));
        await _service.Sweep();
        var retention = _service.Service.Services.GetRequiredService<FeedRetention>();
        Assert.Equal(0, await retention.SweepAsync());

        _service.Clock.Now += FeedRetention.DefaultRetention + TimeSpan.FromMinutes(1);
        Assert.Equal(1, await retention.SweepAsync());

        using var provider = _service.As(CareHome);
        var feed = (await Ok(provider.GetAsync("/api/v1/provider-events"))).GetProperty("events").EnumerateArray();
        Assert.Equal(waiting.ToString(), Assert.Single(feed).GetProperty("subject").GetString());
        var id = registered.GetProperty("endpoint").GetProperty("id").GetGuid();
        var replay = await Ok(provider.PostAsJsonAsync($"{Route}/{id}/replays",
            new { from = _service.Clock.Now.AddDays(-40), to = _service.Clock.Now }));
        Assert.Equal(0, replay.GetProperty("queued").GetInt32());
        Assert.Equal(2, (await Ok(provider.GetAsync($"{Route}/{id}/deliveries"))).GetArrayLength());
    }
}

public sealed class SqliteDeliveriesApiTests : DeliveriesApiTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresDeliveriesApiTests(PostgresServer postgres)
    : DeliveriesApiTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() =>
        StoreSettings.Postgres(postgres, "notifications_deliveries");
}
