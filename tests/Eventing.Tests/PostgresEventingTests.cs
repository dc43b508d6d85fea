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
}
