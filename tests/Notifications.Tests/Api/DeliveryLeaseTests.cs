using Commissioning.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using static Commissioning.Testing.Answers;
using static Notifications.Tests.Api.ProviderEndpoints;

namespace Notifications.Tests.Api;

/// <summary>
/// Two replicas of the service on one store (two hosts, each with its own delivery worker, one clock) and one
/// receiver on loopback: the claims on queued deliveries live in the store, so the replicas share the work, each
/// event reaches the receiver once and in its subject's order; a delivery in flight is left to its claimant until
/// the claim lapses, and then taken up by the other replica.
/// </summary>
public abstract class DeliveryLeaseTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("notifications-replicas-").FullName;
    private readonly StepClock _clock = new();
    private ProviderEndpoints _first = null!;
    private ProviderEndpoints _second = null!;
    private Receiver _receiver = null!;
    private Guid _endpoint;

    protected abstract Dictionary<string, string?> Settings();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(Settings())
        {
            ["Notifications:AllowLoopback"] = "true", ["Store:DataDirectory"] = _data,
        };
        _first = ProviderEndpoints.Start(settings, _clock);
        _second = ProviderEndpoints.Start(settings, _clock);
        _receiver = await Receiver.Start(Answer.Allows);
        _endpoint = (await _first.Register(_receiver)).GetProperty("endpoint").GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _receiver.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    /// <summary>Publishes a placement offered to the care home on the package; returns its webhook-id.</summary>
    private async Task<string> Offer(Guid package)
    {
        var eventId = Guid.NewGuid();
        await _first.Publish("care-packages", "placement-offered",
            DeliveriesApiTests.Offered(package, CareHome), eventId);
        return $"msg_{eventId:N}";
    }

    /// <summary>Starts a sweep of the first replica and holds its first POST at the receiver until answered.
    /// </summary>
    private async Task<(Task<int> Sweep, TaskCompletionSource Answer)> FirstReplicaHeldAtTheReceiver()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _receiver.BeforeAnswer = () =>
        {
            _receiver.BeforeAnswer = null;
            arrived.TrySetResult();
            return answer.Task;
        };
        var sweep = _first.Sweep();
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return (sweep, answer);
    }

    [Fact]
    public async Task Two_replicas_sweeping_at_once_deliver_every_event_once_and_in_its_subjects_order()
    {
        var packages = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToArray();
        var sent = new Dictionary<string, Guid>();
        for (var round = 0; round < 4; round++)
            foreach (var package in packages) sent.Add(await Offer(package), package);
        // Each answer takes a while, so each replica's sweep is still sending while the other claims.
        _receiver.BeforeAnswer = () => Task.Delay(20);

        var (byFirst, bySecond) = (0, 0);
        for (var sweep = 0; sweep < 20 && _receiver.Posts.Count < sent.Count; sweep++)
        {
            var attempted = await Task.WhenAll(_first.Sweep(), _second.Sweep());
            (byFirst, bySecond) = (byFirst + attempted[0], bySecond + attempted[1]);
        }

        var received = _receiver.Posts.Select(p => p.Id).ToList();
        Assert.Equal(sent.Keys.Order(), received.Distinct().Order());
        Assert.Equal(sent.Count, received.Count);
        Assert.Equal(sent.Count, byFirst + bySecond);
        Assert.True(byFirst > 0 && bySecond > 0, $"The replicas attempted {byFirst} and {bySecond}: both should.");
        foreach (var package in packages)
            Assert.Equal(sent.Keys.Where(id => sent[id] == package), received.Where(id => sent[id] == package));
    }

    [Fact]
    public async Task A_delivery_in_flight_is_left_to_its_claimant_until_the_lease_lapses_then_taken_up_once()
    {
        var id = await Offer(Guid.NewGuid());
        // The first replica's attempt hangs at the receiver, as one whose replica froze or died would.
        var (stalled, answer) = await FirstReplicaHeldAtTheReceiver();

        Assert.Equal(0, await _second.Sweep());
        Assert.Single(_receiver.Posts);

        _clock.Now += TimeSpan.FromMinutes(2);
        Assert.Equal(1, await _second.Sweep());
        answer.SetResult();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stalled);

        Assert.Equal([id, id], _receiver.Posts.Select(p => p.Id));
        using var provider = _first.As(CareHome);
        var delivery = Assert.Single((await Ok(provider.GetAsync($"{Route}/{_endpoint}/deliveries")))
            .EnumerateArray());
        Assert.Equal("succeeded", delivery.GetProperty("status").GetString());
        Assert.Single(delivery.GetProperty("attempts").EnumerateArray());
        Assert.Equal(0, await _first.Sweep() + await _second.Sweep());
    }

    [Fact]
    public async Task An_attempt_is_recorded_though_the_other_replica_changed_its_endpoint_meanwhile()
    {
        await Offer(Guid.NewGuid());
        await Offer(Guid.NewGuid());
        _receiver.Replies.Enqueue(StatusCodes.Status500InternalServerError);
        _receiver.Replies.Enqueue(StatusCodes.Status500InternalServerError);
        var (stalled, answer) = await FirstReplicaHeldAtTheReceiver();

        // The other subject's delivery fails first: the endpoint, failing since now, is saved by the second replica.
        Assert.Equal(1, await _second.Sweep());
        answer.SetResult();

        Assert.Equal(1, await stalled);
        using var provider = _first.As(CareHome);
        var deliveries = (await Ok(provider.GetAsync($"{Route}/{_endpoint}/deliveries"))).EnumerateArray().ToList();
        Assert.Equal(2, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(500,
            Assert.Single(d.GetProperty("attempts").EnumerateArray()).GetProperty("statusCode").GetInt32()));
    }
}

public sealed class SqliteDeliveryLeaseTests : DeliveryLeaseTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresDeliveryLeaseTests(PostgresServer postgres)
    : DeliveryLeaseTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() =>
        StoreSettings.Postgres(postgres, "notifications_leases");
}
