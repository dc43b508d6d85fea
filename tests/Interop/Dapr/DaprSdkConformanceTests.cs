using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commissioning.Testing;
using Eventing.Tests.Support;
using Xunit;

namespace Interop.Dapr;

/// <summary>
/// The local sidecar against the official Dapr JS SDK (@dapr/dapr 3.18): its DaprClient publishes
/// (single, text, own CloudEvent, bulk) and its DaprServer subscribes and answers SUCCESS / RETRY / DROP,
/// with the results Dapr documents (docs.dapr.io pubsub_api, pubsub-cloudevents, pubsub-deadletter).
/// </summary>
public sealed class DaprSdkConformanceTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_SDK_client_publishes_events_that_land_as_Dapr_CloudEvents_in_the_topic_stream()
    {
        await using var scenario = await Scenario.StartAsync();
        var sidecar = scenario.Own(await LocalSidecarProcess.StartAsync("js-publisher", scenario.Redis.Configuration));

        var output = Tool.Run(Tool.Find("node"), Script("publish.js"), sidecar.Port.ToString(), "pubsub", "js-orders");

        var results = JsonDocument.Parse(output.Split('\n').Last(l => l.StartsWith('{'))).RootElement;
        Assert.Equal(0, results.GetProperty("bulkFailed").GetInt32());
        Assert.True(results.GetProperty("unknownFailed").GetBoolean()); // daprd answers 404 ERR_PUBSUB_NOT_FOUND
        var events = await scenario.Streams.EventsAsync("js-orders");
        Assert.Equal(5, events.Count);
        // metadata cloudevent.id / cloudevent.type replace what the sidecar would generate; source is the app id
        Assert.Equal(("js-order-1", "js.order.placed", "js-publisher", "application/json", 1),
            (Text(events[0], "id"), Text(events[0], "type"), Text(events[0], "source"), Text(events[0], "datacontenttype"),
                events[0].GetProperty("data").GetProperty("orderId").GetInt32()));
        Assert.Equal(("com.dapr.event.sent", "text/plain", "plain words"),
            (Text(events[1], "type"), Text(events[1], "datacontenttype"), Text(events[1], "data")));
        // an app's own CloudEvent keeps its id, source and type; Dapr adds topic and pubsubname
        Assert.Equal(("js-own-1", "js-tests", "js.own", "js-orders", "pubsub"),
            (Text(events[2], "id"), Text(events[2], "source"), Text(events[2], "type"), Text(events[2], "topic"), Text(events[2], "pubsubname")));
        Assert.Equal(4, events[3].GetProperty("data").GetProperty("orderId").GetInt32());
        Assert.Equal("five", Text(events[4], "data"));
        Assert.All(events, e => Assert.Equal("1.0", Text(e, "specversion")));
    }

    [Fact]
    public async Task The_SDK_server_is_discovered_receives_events_and_its_RETRY_and_DROP_answers_are_honoured()
    {
        await using var scenario = await Scenario.StartAsync();
        var appPort = FreePort.Next();
        var sidecar = scenario.Own(LocalSidecarProcess.Create("js-subscriber", scenario.Redis.Configuration, appPort,
            flags: ["--max-attempts", "3", "--retry-initial-interval", "20ms"]));
        using var node = ServerProcess.Start(Tool.Find("node"),
            [Script("subscribe.js"), appPort.ToString(), sidecar.Port.ToString(), "pubsub", "js-orders", "js-orders.dead"]);
        await sidecar.StartAsync();
        await Eventually.True(() => Task.FromResult(node.Output.Contains("READY")), Deadline, () => node.Output);

        using var http = new HttpClient { BaseAddress = sidecar.Address };
        foreach (var (key, behaviour) in new[] { ("a", "ok"), ("b", "retry-once"), ("c", "drop") })
        {
            var response = await http.PostAsync("/v1.0/publish/pubsub/js-orders?metadata.cloudevent.id=evt-" + key,
                new StringContent($$"""{"key":"{{key}}","behaviour":"{{behaviour}}"}""", Encoding.UTF8, "application/json"));
            Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        }

        await Eventually.True(async () => await scenario.Streams.LengthAsync("js-orders.dead") == 1 &&
                                          await scenario.Streams.DrainedAsync("js-orders", "js-subscriber"), Deadline, () => node.Output + sidecar.Output);
        var received = node.Output.Split('\n').Where(l => l.StartsWith("RECEIVED ")).Select(l => JsonDocument.Parse(l[9..]).RootElement).ToList();
        Assert.Equal(["a:1", "b:1", "b:2", "c:1"], received.Select(r => $"{Text(r.GetProperty("data"), "key")}:{r.GetProperty("attempt").GetInt32()}").Order());
        Assert.Equal("evt-c", Text((await scenario.Streams.EventsAsync("js-orders.dead"))[0], "id"));
        var metadata = await http.GetFromJsonAsync<JsonElement>("/v1.0/metadata");
        var subscription = metadata.GetProperty("subscriptions")[0];
        Assert.Equal(("js-subscriber", "js-orders", "js-orders.dead"),
            (Text(metadata, "id"), Text(subscription, "topic"), Text(subscription, "deadLetterTopic")));
        Assert.Equal("/pubsub--js-orders--default", Text(subscription.GetProperty("rules")[0], "path"));
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    private static string Script(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Commissioning.sln"))) directory = directory.Parent;
        return Path.Combine(directory!.FullName, "tests", "Interop", "node", "dapr", name);
    }
}
