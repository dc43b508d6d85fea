using Commissioning.Testing;
using Eventing.Tests.Support;
using Xunit;

namespace Eventing.Tests;

/// <summary>
/// The outbox and inbox on PostgreSQL, the production store: the same test services, with their
/// tables made by the same provider-neutral migration in a real PostgreSQL the tests start.
/// </summary>
public sealed class PostgresEventingTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_rolled_back_transaction_publishes_nothing_and_a_committed_one_publishes()
    {
        await using var scenario = await Scenario.StartAsync();
        var sidecar = scenario.Own(await LocalSidecarProcess.StartAsync("pg-publisher", scenario.Redis.Configuration));
        var publisher = scenario.Own(await TestServiceProcess.StartAsync("pg-publisher", postgres.CreateDatabase("outbox"), sidecar, subscribe: false));

        await publisher.EmitAsync("pg-atomic", from: 1, count: 3, batch: 3, rollback: true);
        var committed = await publisher.EmitAsync("pg-atomic", from: 4, count: 1);

        await Eventually.True(async () => await scenario.Streams.LengthAsync("pg-atomic") >= 1, Deadline, scenario.Diagnostics);
        var events = await scenario.Streams.EventsAsync("pg-atomic");
        Assert.Equal([committed[0].ToString()], events.Select(e => e.GetProperty("id").GetString()));
        await Eventually.True(async () => await publisher.PendingOutboxAsync() == 0, Deadline, scenario.Diagnostics);
    }

    [Fact]
    public async Task Every_event_from_one_postgres_store_is_applied_once_in_another()
    {
        await using var scenario = await Scenario.StartAsync();
        var (subscriber, _) = await scenario.SubscriberAsync("pg-subscriber", database: postgres.CreateDatabase("inbox"));
        var sidecar = scenario.Own(await LocalSidecarProcess.StartAsync("pg-source", scenario.Redis.Configuration));
        var publisher = scenario.Own(await TestServiceProcess.StartAsync("pg-source", postgres.CreateDatabase("source"), sidecar, subscribe: false));

        await publisher.EmitAsync("counted", from: 1, count: 300, batch: 50);

        await Eventually.True(async () => (await subscriber.EffectsAsync()).Applied >= 300, Deadline, scenario.Diagnostics);
        var effects = await subscriber.EffectsAsync();
        Assert.Equal((300, 300), (effects.Applied, effects.Distinct));
    }

    [Fact]
    public async Task Two_replicas_on_one_store_publish_each_outbox_row_once_in_each_aggregates_order()
    {
        await using var scenario = await Scenario.StartAsync();
        var store = postgres.CreateDatabase("replicas");
        var replicas = new List<TestServiceProcess>();
        foreach (var name in new[] { "pg-replicas-a", "pg-replicas-b" })
        {
            var sidecar = scenario.Own(
                await LocalSidecarProcess.StartAsync("pg-replicas", scenario.Redis.Configuration));
            replicas.Add(scenario.Own(await TestServiceProcess.StartAsync("pg-replicas", store, sidecar, name,
                subscribe: false)));
        }

        // Both replicas write at once, a row per transaction, so each relay is woken by its own commits and finds
        // the other's rows due too: without a turn each would publish what the other is publishing.
        var written = await Task.WhenAll(
            replicas[0].EmitAsync("replicated", from: 1, count: 200),
            replicas[1].EmitAsync("replicated", from: 1001, count: 200));

        await Eventually.True(async () => await replicas[0].PendingOutboxAsync() == 0, Deadline, scenario.Diagnostics);
        // A relay that lost a race would still be publishing its copy of rows the other has marked sent.
        await Task.Delay(TimeSpan.FromSeconds(2));
        var events = await scenario.Streams.EventsAsync("replicated");
        var ids = written.SelectMany(w => w).Select(i => i.ToString());
        Assert.Equal(ids.Order(), events.Select(e => e.GetProperty("id").GetString()).Order());
        // Each writer's rows of an aggregate in the order it wrote them (one writer per aggregate at a time is
        // the aggregate's version check's job in the services).
        foreach (var aggregate in events.GroupBy(e => (e.GetProperty("subject").GetString(),
                     e.GetProperty("data").GetProperty("number").GetInt32() > 1000)))
        {
            var numbers = aggregate.Select(e => e.GetProperty("data").GetProperty("number").GetInt32()).ToList();
            Assert.Equal(numbers.Order(), numbers);
        }
    }
}
