using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commissioning.Testing;
using Eventing.Tests.Support;
using Xunit;

namespace Eventing.Tests;

/// <summary>
/// What a service and its sidecar agree on: discovery through Dapr.AspNetCore's MapSubscribeHandler (camel-case
/// keys, routing rules, dead-letter topics) read by the local sidecar as daprd reads it, and the app token that
/// keeps event routes closed to anyone but the sidecar.
/// </summary>
public sealed class SidecarContractTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task MapSubscribeHandler_declares_camel_case_subscriptions_with_routing_rules_that_the_sidecar_follows()
    {
        await using var scenario = await Scenario.StartAsync();
        var (publisher, _) = await scenario.PublisherAsync("rules-publisher");
        var (subscriber, sidecar) = await scenario.SubscriberAsync("discovered");

        var declared = await subscriber.Http.GetFromJsonAsync<JsonElement>("/dapr/subscribe");
        var counted = declared.EnumerateArray().Single(s => s.GetProperty("topic").GetString() == "counted");
        var checkedTopic = declared.EnumerateArray().Single(s => s.GetProperty("topic").GetString() == "checked");
        Assert.Equal("pubsub", counted.GetProperty("pubsubName").GetString()); // camel case, as daprd reads it
        var rule = counted.GetProperty("routes").GetProperty("rules").EnumerateArray().Single();
        Assert.Equal(("event.type == \"commissioning.tests.urgent.v1\"", "events/counted/urgent", "events/counted"), // the SDK writes routes without the leading slash
            (rule.GetProperty("match").GetString(), rule.GetProperty("path").GetString(),
                counted.GetProperty("routes").GetProperty("default").GetString()));
        Assert.Equal("discovered.dead-letters", checkedTopic.GetProperty("deadLetterTopic").GetString());

        using var http = new HttpClient { BaseAddress = sidecar.Address };
        var metadata = await http.GetFromJsonAsync<JsonElement>("/v1.0/metadata");
        var known = metadata.GetProperty("subscriptions").EnumerateArray().ToDictionary(s => s.GetProperty("topic").GetString()!);
        Assert.Equal(["checked", "counted", "discovered.dead-letters"], known.Keys.Order());
        Assert.Equal("discovered.dead-letters", known["checked"].GetProperty("deadLetterTopic").GetString());

        await publisher.EmitAsync("counted", from: 1, count: 1);
        await publisher.EmitAsync("counted", from: 2, count: 1, type: "commissioning.tests.urgent.v1");
        await Eventually.True(async () => (await subscriber.EffectsAsync()).Applied == 2, Deadline, scenario.Diagnostics);
        var effects = await subscriber.EffectsAsync();
        Assert.Equal([("discovered", 1), ("discovered:urgent", 1)],
            effects.ByInstance.Select(i => (i.Instance, i.Count)).Order());
    }

    [Fact]
    public async Task With_an_app_token_a_forged_event_is_refused_and_changes_nothing_while_the_sidecar_delivers()
    {
        await using var scenario = await Scenario.StartAsync();
        var (publisher, _) = await scenario.PublisherAsync("token-publisher");
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var appPort = FreePort.Next();
        var sidecar = scenario.Own(LocalSidecarProcess.Create("guarded", scenario.Redis.Configuration, appPort, appToken: token));
        var subscriber = scenario.Own(await TestServiceProcess.StartAsync("guarded", scenario.Database("guarded"), sidecar,
            port: appPort, appToken: token));
        await sidecar.StartAsync();

        var forged = """{"specversion":"1.0","id":"forged-1","source":"contracts","type":"commissioning.tests.counted.v1","data":{"number":999}}""";
        foreach (var presented in new[] { null, "not-the-token" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/events/counted")
            {
                Content = new StringContent(forged, Encoding.UTF8, "application/cloudevents+json"),
            };
            if (presented is not null) request.Headers.Add("dapr-api-token", presented);
            Assert.Equal(HttpStatusCode.Unauthorized, (await subscriber.Http.SendAsync(request)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await subscriber.Http.GetAsync("/dapr/subscribe")).StatusCode);

        await publisher.EmitAsync("counted", from: 1, count: 5);
        await Eventually.True(async () => (await subscriber.EffectsAsync()).Applied >= 5 &&
                                          await scenario.Streams.DrainedAsync("counted", "guarded"), Deadline, scenario.Diagnostics);
        var effects = await subscriber.EffectsAsync();
        Assert.Equal((5, 5), (effects.Applied, effects.Distinct)); // the sidecar's deliveries, not the forged one
        Assert.Equal(0, await subscriber.AttemptsAsync(999));
    }
}
