using System.Net.Http.Json;
using Commissioning.Testing;
using Notifications.Tests.Api;
using static Commissioning.Testing.Answers;
using static Notifications.Tests.Api.ProviderEndpoints;

namespace Notifications.Tests.Process;

/// <summary>
/// The service as a real process, killed (SIGKILL) while a batch of deliveries is under way, with the receiver
/// holding the attempt in flight, then started again on the same store: every event arrives, in its subject's
/// order, and the receiver, deduplicating on webhook-id, takes each once. The only event sent twice is the one in
/// flight at the kill (at least once), sent again once the killed process's lease lapsed.
/// </summary>
public sealed class KilledDuringDeliveryTests : IAsyncLifetime
{
    private const int Events = 60;
    private const int KilledAt = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);

    private readonly string _data = Directory.CreateTempSubdirectory("notifications-killed-").FullName;
    private NotificationsProcess? _service;
    private Receiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await Receiver.Start(Answer.Allows);
        _service = await NotificationsProcess.Start(_data, Lease);
    }

    public async Task DisposeAsync()
    {
        _service?.Dispose();
        await _receiver.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Killed_mid_batch_and_restarted_it_loses_no_event_and_repeats_only_the_one_in_flight()
    {
        var service = _service!;
        using (var provider = service.Client(CareHome))
            await Ok(provider.PostAsJsonAsync(Route, NewEndpoint(_receiver.Url)));
        var inFlight = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _receiver.BeforeAnswer = () =>
        {
            if (_receiver.Posts.Count != KilledAt) return Task.CompletedTask;
            inFlight.TrySetResult(_receiver.Posts.Last().Id);
            return killed.Task;
        };

        var packages = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        var sent = new List<(string Id, Guid Package)>();
        using (var sidecar = service.Client())
            for (var i = 0; i < Events; i++)
            {
                var (eventId, package) = (Guid.NewGuid(), packages[i % packages.Length]);
                Assert.Equal("SUCCESS", await SidecarDelivery.Deliver(sidecar, "care-packages", "placement-offered",
                    DeliveriesApiTests.Offered(package, CareHome), eventId.ToString()));
                sent.Add(($"msg_{eventId:N}", package));
            }
        var heldId = await inFlight.Task.WaitAsync(TimeSpan.FromSeconds(60));
        service.Kill();
        killed.SetResult();

        await service.StartAsync();
        await Until(() => _receiver.Posts.Select(p => p.Id).Distinct().Count() == Events, service);
        // Long enough for sweeps of the restarted process to send anything it would wrongly send again.
        await Task.Delay(Lease + TimeSpan.FromSeconds(1));

        var raw = _receiver.Posts.Select(p => p.Id).ToList();
        var processed = raw.Distinct().ToList();
        Assert.Equal(sent.Select(s => s.Id).Order(), processed.Order());
        Assert.Equal(Events + 1, raw.Count);
        Assert.Equal(2, raw.Count(id => id == heldId));
        foreach (var package in packages)
            Assert.Equal(sent.Where(s => s.Package == package).Select(s => s.Id),
                processed.Where(id => sent.Single(s => s.Id == id).Package == package));
        using var owner = service.Client(CareHome);
        var endpoint = (await Ok(owner.GetAsync(Route))).EnumerateArray().Single().GetProperty("id").GetGuid();
        var deliveries = (await Ok(owner.GetAsync($"{Route}/{endpoint}/deliveries?limit=500"))).EnumerateArray()
            .ToList();
        Assert.Equal(Events, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal("succeeded", d.GetProperty("status").GetString()));
    }

    private static async Task Until(Func<bool> done, NotificationsProcess service)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not every event arrived after the restart:\n{service.Output}");
            await Task.Delay(100);
        }
    }
}
