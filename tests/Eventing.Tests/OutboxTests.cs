using Eventing.Tests.Support;
using Xunit;

namespace Eventing.Tests;

/// <summary>Issue 4, "Outbox atomicity": events leave only with their committed state change, sidecar up or not.</summary>
public sealed class OutboxTests
{
    [Fact]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        await using var scenario = await Scenario.StartAsync();
        var (publisher, _) = await scenario.PublisherAsync("atomic-publisher");

        await publisher.EmitAsync("atomic", from: 1, count: 3, batch: 3, rollback: true);
        var committed = await publisher.EmitAsync("atomic", from: 4, count: 1);

        // The relay publishes in commit order, so once the later, committed event is in the stream an
        // earlier rolled-back one would be there too.
        await Eventually.True(async () => await scenario.Streams.LengthAsync("atomic") >= 1, TimeSpan.FromSeconds(30), scenario.Diagnostics);
        var events = await scenario.Streams.EventsAsync("atomic");
        Assert.Equal([committed[0].ToString()], events.Select(e => e.GetProperty("id").GetString()));
        await Eventually.True(async () => await publisher.PendingOutboxAsync() == 0, TimeSpan.FromSeconds(30), scenario.Diagnostics);
    }

    [Fact]
    public async Task A_committed_event_is_published_once_the_sidecar_that_was_down_at_commit_comes_up()
    {
        await using var scenario = await Scenario.StartAsync();
        var sidecar = scenario.Own(LocalSidecarProcess.Create("late-publisher", scenario.Redis.Configuration));
        var publisher = scenario.Own(await TestServiceProcess.StartAsync("late-publisher", scenario.Database("late"), sidecar, subscribe: false));

        // 150 events of 50 aggregates (subject "order-" + number % 50), in one transaction.
        var ids = await publisher.EmitAsync("late", from: 1, count: 150, batch: 150);
        Assert.Equal(150, await publisher.PendingOutboxAsync());
        await sidecar.StartAsync();

        await Eventually.True(async () => await scenario.Streams.LengthAsync("late") >= 150, TimeSpan.FromSeconds(30), scenario.Diagnostics);
        var events = await scenario.Streams.EventsAsync("late");
        Assert.Equal(ids.Select(i => i.ToString()).Order(), events.Select(e => e.GetProperty("id").GetString()).Order());
        foreach (var aggregate in events.GroupBy(e => e.GetProperty("subject").GetString()))
        {
            var numbers = aggregate.Select(e => e.GetProperty("data").GetProperty("number").GetInt32()).ToList();
            Assert.Equal(numbers.Order(), numbers); // each aggregate's events in the order they were enqueued
        }
        var first = events.First(e => e.GetProperty("data").GetProperty("number").GetInt32() == 1);
        Assert.Equal("1.0", first.GetProperty("specversion").GetString());
        Assert.Equal("commissioning.tests.counted.v1", first.GetProperty("type").GetString());
        Assert.Equal("late-publisher", first.GetProperty("source").GetString());
        Assert.Equal("order-1", first.GetProperty("subject").GetString());
        Assert.Equal("late", first.GetProperty("topic").GetString());
        Assert.Equal("pubsub", first.GetProperty("pubsubname").GetString());
        Assert.Equal(1, first.GetProperty("data").GetProperty("number").GetInt32());
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", first.GetProperty("traceparent").GetString());
        await Eventually.True(async () => await publisher.PendingOutboxAsync() == 0, TimeSpan.FromSeconds(30), scenario.Diagnostics);
    }
}
