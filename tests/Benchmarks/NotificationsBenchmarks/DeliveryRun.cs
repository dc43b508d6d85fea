using System.Diagnostics;
using System.Text.Json;
using Commissioning.Testing;
using EventingBenchmarks;

namespace NotificationsBenchmarks;

/// <summary>
/// The events of one run, by place: each one's id, when it was handed to the service, and whether its webhook has
/// arrived; a webhook arriving is recorded (once per webhook-id) in the phase's latencies, a second time counted.
/// </summary>
public sealed class DeliveryRun
{
    private const int Posters = 4;
    private readonly Guid[] _ids;
    private readonly long[] _handedIn;
    private readonly int[] _arrived;
    private readonly Dictionary<string, int> _places;
    private readonly Func<int, string> _providerOf;
    private volatile Latencies? _current;
    private int _delivered;
    private int _duplicates;

    /// <param name="providerOf">The provider the event at a place is offered to.</param>
    public DeliveryRun(int events, Func<int, string> providerOf)
    {
        _providerOf = providerOf;
        _ids = Enumerable.Range(0, events).Select(_ => Guid.NewGuid()).ToArray();
        _handedIn = new long[events];
        _arrived = new int[events];
        _places = _ids.Select((id, place) => (id, place)).ToDictionary(e => $"msg_{e.id:N}", e => e.place);
    }

    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>A placement offered to one provider, on its own package (its own subject).</summary>
    public static JsonElement Offered(string provider) => JsonSerializer.SerializeToElement(new
    {
        placementRequestId = Guid.NewGuid().ToString(), packageId = Guid.NewGuid().ToString(),
        serviceType = "residential", locality = "Wirral", providers = new[] { new { code = provider, name = "Care" } },
        occurredAt = "2026-12-04T09:30:00Z",
    });

    public void Arrived(string webhookId, long at)
    {
        if (!_places.TryGetValue(webhookId, out var place)) return;
        if (Interlocked.Exchange(ref _arrived[place], 1) == 1)
        {
            Interlocked.Increment(ref _duplicates);
            return;
        }
        _current?.Record(_handedIn[place], at);
        Interlocked.Increment(ref _delivered);
    }

    /// <summary>
    /// Hands events <paramref name="first"/>.. to the service from several posters (at <paramref name="perSecond"/>
    /// on a fixed schedule, or as fast as it takes them when 0), then waits until every one has arrived.
    /// </summary>
    public async Task Phase(HttpClient sidecar, Latencies? latencies, int first, int events, int perSecond,
        CancellationToken stop)
    {
        _current = latencies;
        var next = first - 1;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Posters).Select(async _ =>
        {
            int place;
            while ((place = Interlocked.Increment(ref next)) < first + events)
            {
                if (perSecond > 0)
                {
                    var wait = TimeSpan.FromSeconds((place - first) / (double)perSecond)
                        - Stopwatch.GetElapsedTime(start);
                    if (wait > TimeSpan.Zero) await Task.Delay(wait, stop);
                }
                _handedIn[place] = Stopwatch.GetTimestamp();
                var taken = await SidecarDelivery.Deliver(sidecar, "care-packages", "placement-offered",
                    Offered(_providerOf(place)), _ids[place].ToString());
                if (taken != "SUCCESS") throw new InvalidOperationException($"The service answered {taken}.");
            }
        }));
        while (Volatile.Read(ref _delivered) < first + events)
            await Task.Delay(20, stop);
    }
}
