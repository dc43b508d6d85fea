using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;
using Xunit;

namespace Interop.Tests.Webhooks;

/// <summary>
/// Independent receivers verify our deliveries (issue 19, "Must show"): real deliveries of the notifications
/// service, signed by its delivery worker with the StandardWebhooks package, judged by the `standardwebhooks` and
/// `svix` npm libraries and parsed by the `cloudevents` npm SDK, as a provider's system would. Note: svix 2.5.0
/// verifies through standardwebhooks 1.1.1 (its dependency), after mapping svix-* headers onto webhook-*.
/// </summary>
public sealed class NpmReceiversTests : IAsyncLifetime
{
    private DeliveringService _service = null!;

    public async Task InitializeAsync() => _service = await DeliveringService.Start();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Both_libraries_accept_our_signature_and_the_cloudevents_sdk_reads_our_envelope()
    {
        var (delivery, eventId, package) = await _service.DeliverPlacementOffered();

        var judged = await WebhookPeers.Receive(delivery, _service.Secret);

        AssertVerdicts(judged, [true]);
        var cloudEvent = judged.GetProperty("cloudevent");
        Assert.True(cloudEvent.GetProperty("parsed").GetBoolean(), cloudEvent.ToString());
        Assert.Equal(eventId.ToString(), cloudEvent.GetProperty("id").GetString());
        Assert.Equal("commissioning.care-packages.placement-offered.v1", cloudEvent.GetProperty("type").GetString());
        Assert.Equal("care-packages", cloudEvent.GetProperty("source").GetString());
        Assert.Equal(package.ToString(), cloudEvent.GetProperty("subject").GetString());
        Assert.Equal("1.0", cloudEvent.GetProperty("specversion").GetString());
        Assert.Equal("offered", cloudEvent.GetProperty("data").GetProperty("status").GetString());
        Assert.Equal($"msg_{eventId:N}", delivery.Headers["webhook-id"]);
    }

    [Fact]
    public async Task During_a_rotation_a_receiver_holding_only_the_old_or_only_the_new_secret_accepts()
    {
        var old = _service.Secret;
        var next = await _service.RotateSecret();

        var (delivery, _, _) = await _service.DeliverPlacementOffered();
        var judged = await WebhookPeers.Receive(delivery, old, next);

        Assert.Equal(2, delivery.Headers["webhook-signature"].Split(' ').Length);
        AssertVerdicts(judged, [true, true]);
        // The .NET package's Verify reads only the first (the newest) signature: a .NET receiver holding the old
        // secret must try each one itself, as the npm libraries do.
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(old).Verify(delivery.Body,
            Headers(delivery)));
        new StandardWebhook(next).Verify(delivery.Body, Headers(delivery));
    }

    [Fact]
    public async Task A_tampered_body_is_rejected_by_both_libraries()
    {
        var (delivery, _, _) = await _service.DeliverPlacementOffered();
        var tampered = delivery.WithBody(delivery.Body.Replace("\"offered\"", "\"awarded\"", StringComparison.Ordinal));

        var judged = await WebhookPeers.Receive(tampered, _service.Secret);

        Assert.NotEqual(delivery.Body, tampered.Body);
        AssertVerdicts(judged, [false], "No matching signature");
    }

    [Fact]
    public async Task A_timestamp_older_than_five_minutes_is_rejected_by_both_libraries()
    {
        _service.Clock.Shift = TimeSpan.FromMinutes(-6);

        var (delivery, _, _) = await _service.DeliverPlacementOffered();
        var judged = await WebhookPeers.Receive(delivery, _service.Secret);

        var age = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(delivery.Headers["webhook-timestamp"]);
        Assert.InRange(age, 6 * 60, 7 * 60);
        AssertVerdicts(judged, [false], "timestamp too old");
    }

    /// <summary>Each receiver (one per secret) says the same with both libraries, and why when it refuses.</summary>
    private static void AssertVerdicts(JsonElement judged, bool[] expected, string? why = null)
    {
        var receivers = judged.GetProperty("receivers").EnumerateArray().ToList();
        Assert.Equal(expected.Length, receivers.Count);
        foreach (var (receiver, accepts) in receivers.Zip(expected))
        foreach (var library in new[] { "standardwebhooks", "svix" })
        {
            var verdict = receiver.GetProperty(library);
            Assert.True(verdict.GetProperty("verified").GetBoolean() == accepts, $"{library}: {verdict}");
            if (why is not null) Assert.Contains(why, verdict.GetProperty("error").GetString());
        }
    }

    private static HeaderDictionary Headers(Delivered delivery) =>
        new(delivery.Headers.ToDictionary(h => h.Key, h => new StringValues(h.Value)));
}
