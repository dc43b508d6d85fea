using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commissioning.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Eventing.Tests.Support;
using Xunit;

namespace Eventing.Tests;

/// <summary>Issue 4, "Subscribing": inbox dedupe and Dapr's SUCCESS / RETRY / DROP / 404 semantics through the local sidecar.</summary>
public sealed class DeliveryTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_same_event_delivered_twice_is_applied_once_and_both_deliveries_succeed()
    {
        await using var scenario = await Scenario.StartAsync();
        var (subscriber, sidecar) = await scenario.SubscriberAsync("dedupe-subscriber");
        var cloudEvent = """{"specversion":"1.0","id":"evt-42","source":"tests","type":"commissioning.tests.counted.v1","datacontenttype":"application/json","data":{"number":42}}""";

        using var http = new HttpClient { BaseAddress = sidecar.Address };
        for (var i = 0; i < 2; i++)
        {
            var response = await http.PostAsync("/v1.0/publish/pubsub/counted", new StringContent(cloudEvent, Encoding.UTF8, "application/cloudevents+json"));
            Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        }

        await Eventually.True(() => scenario.Streams.DrainedAsync("counted", "dedupe-subscriber"), Deadline, scenario.Diagnostics);
        var effects = await subscriber.EffectsAsync();
        Assert.Equal((1, 1), (effects.Applied, effects.Distinct));
        Assert.Equal(1, await subscriber.AttemptsAsync(42)); // the inbox stopped the second delivery before the handler
        Assert.Contains("evt-42 on counted was already applied", subscriber.Output);
    }

    [Fact]
    public async Task A_delivery_answered_directly_never_gets_404_and_says_DROP_for_a_malformed_event()
    {
        await using var scenario = await Scenario.StartAsync();
        var (subscriber, _) = await scenario.SubscriberAsync("direct-subscriber");

        var malformed = await subscriber.Http.PostAsync("/events/checked", new StringContent("""{"id":"x","data":{"number":"not a number"}}""", Encoding.UTF8, "application/cloudevents+json"));
        var notCloudEvent = await subscriber.Http.PostAsync("/events/checked", new StringContent("plain text", Encoding.UTF8, "application/cloudevents+json"));

        Assert.Equal("""{"status":"DROP"}""", await malformed.Content.ReadAsStringAsync());
        Assert.Equal("""{"status":"DROP"}""", await notCloudEvent.Content.ReadAsStringAsync());
        var subscriptions = await subscriber.Http.GetFromJsonAsync<JsonElement>("/dapr/subscribe");
        var @checked = subscriptions.EnumerateArray().Single(s => s.GetProperty("topic").GetString() == "checked");
        // Dapr.AspNetCore's MapSubscribeHandler: routes without the leading slash, "pubsubName" in camel case
        Assert.Equal("events/checked", @checked.GetProperty("route").GetString());
        Assert.Equal("direct-subscriber.dead-letters", @checked.GetProperty("deadLetterTopic").GetString());
        Assert.Equal("pubsub", @checked.GetProperty("pubsubName").GetString());
    }

    [Fact]
    public async Task A_transient_failure_is_answered_RETRY_and_the_event_is_applied_on_a_later_attempt()
    {
        await using var scenario = await Scenario.StartAsync();
        var (publisher, _) = await scenario.PublisherAsync("flaky-publisher");
        var (subscriber, _) = await scenario.SubscriberAsync("flaky-subscriber", sidecarFlags: ["--max-attempts", "5", "--retry-initial-interval", "20ms"]);

        await publisher.EmitAsync("checked", from: 7, count: 1, behaviour: "flaky:2");

        await Eventually.True(async () => (await subscriber.EffectsAsync()).Applied == 1, Deadline, scenario.Diagnostics);
        Assert.Equal(3, await subscriber.AttemptsAsync(7));
        Assert.Equal(0, (await DeadLettersAsync(subscriber)).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_permanently_invalid_event_is_answered_DROP_once_and_reaches_the_dead_letter_admin_endpoint()
    {
        await using var scenario = await Scenario.StartAsync();
        var (publisher, _) = await scenario.PublisherAsync("reject-publisher");
        var (subscriber, _) = await scenario.SubscriberAsync("reject-subscriber", sidecarFlags: ["--max-attempts", "5"]);

        var ids = await publisher.EmitAsync("checked", from: 8, count: 1, behaviour: "reject");

        await Eventually.True(async () => (await DeadLettersAsync(subscriber)).GetProperty("count").GetInt32() == 1, Deadline, scenario.Diagnostics);
        Assert.Equal(1, await subscriber.AttemptsAsync(8));
        Assert.Equal(0, (await subscriber.EffectsAsync()).Applied);
        var letter = (await DeadLettersAsync(subscriber)).GetProperty("items")[0];
        Assert.Equal(ids[0].ToString(), letter.GetProperty("eventId").GetString());
        Assert.Equal("checked", letter.GetProperty("originalTopic").GetString());
        Assert.Contains("Dropping event", subscriber.Output);
    }

    [Fact]
    public async Task A_poison_event_reaches_its_dead_letter_topic_after_the_configured_attempts_and_an_operator_sees_it()
    {
        await using var scenario = await Scenario.StartAsync();
        var (publisher, _) = await scenario.PublisherAsync("poison-publisher");
        var (subscriber, _) = await scenario.SubscriberAsync("poison-subscriber", sidecarFlags: ["--max-attempts", "3", "--retry-initial-interval", "20ms"]);

        var ids = await publisher.EmitAsync("checked", from: 9, count: 1, behaviour: "poison");

        await Eventually.True(async () => (await DeadLettersAsync(subscriber)).GetProperty("count").GetInt32() == 1, Deadline, scenario.Diagnostics);
        Assert.Equal(3, await subscriber.AttemptsAsync(9));
        var deadLetterStream = await scenario.Streams.EventsAsync("poison-subscriber.dead-letters");
        Assert.Equal(ids[0].ToString(), Assert.Single(deadLetterStream).GetProperty("id").GetString());
        var letter = (await DeadLettersAsync(subscriber)).GetProperty("items")[0];
        Assert.Equal("commissioning.tests.counted.v1", letter.GetProperty("type").GetString());
        Assert.Equal("poison-publisher", letter.GetProperty("source").GetString());
        Assert.Equal("poison", letter.GetProperty("event").GetProperty("data").GetProperty("behaviour").GetString());
        await Eventually.True(() => scenario.Streams.DrainedAsync("checked", "poison-subscriber"), Deadline, scenario.Diagnostics);
    }

    [Fact]
    public async Task A_404_from_the_app_drops_the_event_without_retrying_and_dead_letters_it()
    {
        await using var scenario = await Scenario.StartAsync();
        var calls = 0;
        var appPort = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{appPort}");
        await using var app = builder.Build();
        app.MapGet("/dapr/subscribe", () => """[{"pubsubname":"pubsub","topic":"lost","route":"/nowhere","deadLetterTopic":"lost.dead"}]""");
        app.Use(async (context, next) => { if (context.Request.Path == "/nowhere") Interlocked.Increment(ref calls); await next(); });
        await app.StartAsync();
        var sidecar = scenario.Own(await LocalSidecarProcess.StartAsync("plain-app", scenario.Redis.Configuration, appPort, flags: ["--max-attempts", "5"]));

        await scenario.Streams.PublishRawAsync("lost", """{"specversion":"1.0","id":"lost-1","source":"tests","type":"t","data":{}}""");

        await Eventually.True(async () => await scenario.Streams.LengthAsync("lost.dead") == 1, Deadline, scenario.Diagnostics);
        // The sidecar acknowledges the original after it has written the dead letter: a moment later.
        await Eventually.True(() => scenario.Streams.DrainedAsync("lost", "plain-app"), Deadline, scenario.Diagnostics);
        Assert.Equal(1, calls);
        Assert.Contains("status code returned: 404", sidecar.Output);
    }

    [Fact]
    public async Task Replicas_of_one_app_compete_for_events_and_each_event_is_applied_once()
    {
        await using var scenario = await Scenario.StartAsync();
        var (publisher, _) = await scenario.PublisherAsync("replica-publisher");
        var database = scenario.Database("replicas");
        string[] oneAtATime = ["--concurrency", "1", "--queue-depth", "1"];
        var (first, _) = await scenario.SubscriberAsync("replicated", "first", database, oneAtATime);
        await scenario.SubscriberAsync("replicated", "second", database, oneAtATime);

        await publisher.EmitAsync("counted", from: 1, count: 200, batch: 20);

        await Eventually.True(async () => (await first.EffectsAsync()).Applied >= 200, Deadline, scenario.Diagnostics);
        await Eventually.True(() => scenario.Streams.DrainedAsync("counted", "replicated"), Deadline, scenario.Diagnostics);
        var effects = await first.EffectsAsync();
        Assert.Equal(200, effects.Applied);
        Assert.Equal(200, effects.Distinct);
        Assert.Equal(["first", "second"], effects.ByInstance.Where(i => i.Count > 0).Select(i => i.Instance).Order());
        var group = (await scenario.Streams.GroupsAsync("counted"))["replicated"];
        Assert.Equal(1, group.ConsumerCount); // pubsub.redis uses the app id as the consumer name too
    }

    [Fact]
    public async Task An_event_left_pending_by_a_sidecar_that_died_is_reclaimed_after_the_processing_timeout_by_a_replica()
    {
        await using var scenario = await Scenario.StartAsync();
        var (publisher, _) = await scenario.PublisherAsync("reclaim-publisher");
        var database = scenario.Database("reclaim");
        string[] quickReclaim = ["--processing-timeout", "1s", "--redeliver-interval", "200ms"];
        var (doomed, doomedSidecar) = await scenario.SubscriberAsync("reclaiming", "doomed", database, quickReclaim);

        await publisher.EmitAsync("counted", from: 5, count: 1, behaviour: "hold:doomed");
        await Eventually.True(async () => await doomed.AttemptsAsync(5) == 1, Deadline, scenario.Diagnostics);
        doomedSidecar.Kill();
        var (survivor, survivorSidecar) = await scenario.SubscriberAsync("reclaiming", "survivor", database, quickReclaim);

        await Eventually.True(async () => (await survivor.EffectsAsync()).Applied == 1, Deadline, scenario.Diagnostics);
        Assert.Equal([new InstanceCount("survivor", 1)], (await survivor.EffectsAsync()).ByInstance);
        Assert.Contains("Reclaimed 1 entries of counted", survivorSidecar.Output);
        await Eventually.True(() => scenario.Streams.DrainedAsync("counted", "reclaiming"), Deadline, scenario.Diagnostics);
    }

    private static async Task<JsonElement> DeadLettersAsync(TestServiceProcess subscriber) =>
        await subscriber.Http.GetFromJsonAsync<JsonElement>("/admin/dead-letters");
}
