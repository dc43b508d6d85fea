using System.Diagnostics;
using System.Text.RegularExpressions;
using Commissioning.Testing;
using Eventing.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Eventing.Tests;

/// <summary>Issue 4, "Nothing lost, nothing applied twice": on SQLite files and on PostgreSQL, the production store.</summary>
public sealed partial class NothingLostTests(ITestOutputHelper output, PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Events = 10_000;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    [Fact]
    public Task Ten_thousand_events_survive_two_subscriber_crashes_a_redis_restart_and_a_sidecar_restart_and_apply_exactly_once() =>
        RunAsync(scenario => (scenario.Database("ledger"), scenario.Database("returns")));

    [Fact]
    public Task On_PostgreSQL_ten_thousand_events_survive_the_same_crashes_and_restarts_and_apply_exactly_once() =>
        RunAsync(_ => (postgres.CreateDatabase("ledger"), postgres.CreateDatabase("returns")));

    private async Task RunAsync(Func<Scenario, (string Publisher, string Subscriber)> databases)
    {
        var clock = Stopwatch.StartNew();
        await using var scenario = await Scenario.StartAsync();
        var (publisherDatabase, subscriberDatabase) = databases(scenario);
        var publisherSidecar = scenario.Own(await LocalSidecarProcess.StartAsync("ledger", scenario.Redis.Configuration));
        var publisher = scenario.Own(await TestServiceProcess.StartAsync("ledger", publisherDatabase, publisherSidecar, subscribe: false));
        // Short reclaim times so entries left pending by the crashes come back within seconds, not a minute.
        var (subscriber, sidecar) = await scenario.SubscriberAsync("returns", database: subscriberDatabase, sidecarFlags:
            ["--processing-timeout", "2s", "--redeliver-interval", "500ms", "--max-attempts", "4", "--retry-initial-interval", "50ms"]);

        var emitting = publisher.EmitAsync("counted", from: 1, count: Events, batch: 100);
        await AfterAppliedAsync(1_500, scenario, subscriber);
        await subscriber.RestartAsync();                 // subscriber crash 1
        await AfterAppliedAsync(3_500, scenario, subscriber);
        await scenario.Redis.Restart();                  // broker restart
        await AfterAppliedAsync(5_500, scenario, subscriber);
        await sidecar.RestartAsync();                    // sidecar crash
        await AfterAppliedAsync(7_500, scenario, subscriber);
        await subscriber.RestartAsync();                 // subscriber crash 2
        Assert.Equal(Events, (await emitting).Count);

        await Eventually.True(async () => await publisher.PendingOutboxAsync() == 0, Deadline, scenario.Diagnostics);
        await Eventually.True(() => scenario.Streams.DrainedAsync("counted", "returns"), Deadline, scenario.Diagnostics);
        var effects = await subscriber.EffectsAsync();

        var duplicates = AlreadyApplied().Count(subscriber.Output);
        var retried = Redelivering().Count(sidecar.Output);
        var reclaimed = Reclaimed().Matches(sidecar.Output).Sum(m => int.Parse(m.Groups[1].Value));
        output.WriteLine($"{Events} events applied exactly once in {clock.Elapsed.TotalSeconds:F1} s; redeliveries seen: " +
                         $"{duplicates} duplicates acknowledged by the inbox, {retried} delivery retries, {reclaimed} entries reclaimed; " +
                         $"stream length {await scenario.Streams.LengthAsync("counted")}");
        Assert.Equal(Events, effects.Applied);  // one effect row per application: a second application would show here
        Assert.Equal(Events, effects.Distinct); // and every event number is there
    }

    private static async Task AfterAppliedAsync(int applied, Scenario scenario, TestServiceProcess subscriber) =>
        await Eventually.True(async () =>
        {
            try { return (await subscriber.EffectsAsync()).Applied >= applied; }
            catch (HttpRequestException) { return false; }
        }, Deadline, scenario.Diagnostics);

    [GeneratedRegex("was already applied")]
    private static partial Regex AlreadyApplied();

    [GeneratedRegex("Redelivering event")]
    private static partial Regex Redelivering();

    [GeneratedRegex(@"Reclaimed (\d+) entries")]
    private static partial Regex Reclaimed();
}
