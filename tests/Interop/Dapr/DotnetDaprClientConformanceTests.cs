using System.Text;
using Dapr;
using Dapr.Client;
using Eventing.Tests.Support;
using Grpc.Core;
using Xunit;

namespace Interop.Dapr;

/// <summary>
/// The local sidecar against the official .NET SDK's DaprClient (Dapr.Client 1.19), which publishes over
/// daprd's gRPC API and checks health over HTTP: single, bytes and bulk publish (bulk first asks gRPC
/// reflection), the refusal of an unknown pub/sub, UNIMPLEMENTED for the rest of the API, and health.
/// </summary>
public sealed class DotnetDaprClientConformanceTests
{
    [Fact]
    public async Task DaprClient_publishes_single_bytes_and_bulk_events_that_land_as_Dapr_CloudEvents_in_the_topic_stream()
    {
        await using var scenario = await Scenario.StartAsync();
        var sidecar = scenario.Own(await LocalSidecarProcess.StartAsync("net-publisher", scenario.Redis.Configuration));
        using var dapr = Client(sidecar);

        await dapr.PublishEventAsync("pubsub", "net-orders", new { orderId = 1 },
            new Dictionary<string, string> { ["cloudevent.id"] = "net-order-1", ["cloudevent.type"] = "net.order.placed" });
        var own = """{"specversion":"1.0","id":"net-own-2","source":"net-tests","type":"net.own","data":{"orderId":2}}""";
        await dapr.PublishByteEventAsync("pubsub", "net-orders", Encoding.UTF8.GetBytes(own), "application/cloudevents+json");
        var bulk = await dapr.BulkPublishEventAsync("pubsub", "net-orders",
            [new CloudEvent<Order>(new Order(3)) { Id = "net-bulk-3", Type = "net.bulk" }, new CloudEvent<Order>(new Order(4)) { Id = "net-bulk-4", Type = "net.bulk" }]);

        Assert.Empty(bulk.FailedEntries);
        var events = await scenario.Streams.EventsAsync("net-orders");
        Assert.Equal(4, events.Count);
        Assert.Equal(("net-order-1", "net.order.placed", "net-publisher", 1),
            (Text(events[0], "id"), Text(events[0], "type"), Text(events[0], "source"), OrderId(events[0])));
        Assert.Equal(("net-own-2", "net-tests", "net.own", "net-orders", "pubsub", 2),
            (Text(events[1], "id"), Text(events[1], "source"), Text(events[1], "type"), Text(events[1], "topic"),
                Text(events[1], "pubsubname"), OrderId(events[1])));
        Assert.Equal([("net-bulk-3", 3), ("net-bulk-4", 4)], events[2..].Select(e => (Text(e, "id"), OrderId(e))));
        Assert.All(events, e => Assert.Equal("1.0", Text(e, "specversion")));
    }

    [Fact]
    public async Task DaprClient_is_refused_an_unknown_pubsub_and_unimplemented_methods_and_sees_the_sidecar_health()
    {
        await using var scenario = await Scenario.StartAsync();
        var sidecar = scenario.Own(await LocalSidecarProcess.StartAsync("net-health", scenario.Redis.Configuration));
        using var dapr = Client(sidecar);

        Assert.True(await dapr.CheckHealthAsync());
        var unknown = await Assert.ThrowsAsync<DaprException>(() => dapr.PublishEventAsync("no-such-pubsub", "t", new Order(1)));
        Assert.Equal(StatusCode.InvalidArgument, Assert.IsType<RpcException>(unknown.InnerException).StatusCode);
        var state = await Assert.ThrowsAsync<DaprException>(() => dapr.GetStateAsync<Order>("statestore", "k"));
        Assert.Equal(StatusCode.Unimplemented, Assert.IsType<RpcException>(state.InnerException).StatusCode);

        sidecar.Kill();
        Assert.False(await dapr.CheckHealthAsync());
    }

    public sealed record Order(int OrderId);

    private static DaprClient Client(LocalSidecarProcess sidecar) => new DaprClientBuilder()
        .UseGrpcEndpoint($"http://127.0.0.1:{sidecar.GrpcPort}").UseHttpEndpoint($"http://127.0.0.1:{sidecar.Port}").Build();

    private static string Text(System.Text.Json.JsonElement element, string property) => element.GetProperty(property).GetString()!;

    private static int OrderId(System.Text.Json.JsonElement e) => e.GetProperty("data").GetProperty("orderId").GetInt32();
}
