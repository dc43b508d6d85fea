using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Commissioning.Identity;
using Commissioning.Testing;
using EventingBenchmarks;
using Microsoft.Extensions.DependencyInjection;
using Notifications.Api.Delivering;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Visibility;

namespace NotificationsBenchmarks;

/// <summary>
/// Usage: dotnet run -c Release --project tests/Benchmarks/NotificationsBenchmarks [events] [paced-per-second]
/// The notifications service in this process (its own Program on Kestrel, SQLite store, one delivery worker
/// sweeping every 20 ms) with 200 provider endpoints registered through its API, one receiver port each. Events are
/// handed to it as the sidecar does, each a placement offered to one provider (round robin, each its own subject);
/// a warm-up, then a saturated batch, then a paced one. Baseline, in the same run: sequential POSTs of a delivery's
/// body through the service's own delivery HttpClient (the one WebhookSender uses) to the same receivers.
/// </summary>
public static class Bench
{
    private const int Endpoints = 200, WarmUp = 400, PacedSeconds = 10;
    private const string Route = "/api/v1/webhook-endpoints";

    public static async Task Main(string[] args)
    {
        // WebApplicationFactory finds the service's content root in MvcTestingAppManifest.json of the current
        // folder, which dotnet run leaves where it was called from.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var events = args.Length > 0 ? int.Parse(args[0]) : 2_000;
        var perSecond = args.Length > 1 ? int.Parse(args[1]) : 50;
        var paced = perSecond * PacedSeconds;
        await using var receivers = await Receivers.Start(Endpoints);
        await using var service = new ServiceUnderTest<Program>(new Dictionary<string, string?>
        {
            ["Notifications:AllowLoopback"] = "true",
            ["Notifications:DeliverySweepInterval"] = "00:00:00.020",
            // A console line per request would set the pace: the service logs only warnings here.
            ["Logging:LogLevel:Default"] = "Warning",
        });
        for (var i = 0; i < Endpoints; i++)
        {
            using var provider = service.ClientFor(Provider(i), Roles.ProviderUser);
            var registered = await provider.PostAsJsonAsync(Route, new
            {
                url = receivers.Urls[i].AbsoluteUri, eventTypes = new[] { ProviderEventTypes.PlacementOffered },
                description = "benchmark",
            });
            registered.EnsureSuccessStatusCode();
        }

        var run = new DeliveryRun(WarmUp + events + paced, place => Provider(place % Endpoints));
        receivers.Received = run.Arrived;
        using var sidecar = service.CreateClient();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await run.Phase(sidecar, null, 0, WarmUp, 0, stop.Token);
        var saturated = new Latencies(events);
        await run.Phase(sidecar, saturated, WarmUp, events, 0, stop.Token);
        var steady = new Latencies(paced);
        await run.Phase(sidecar, steady, WarmUp + events, paced, perSecond, stop.Token);
        var raw = await RawPosts(service, receivers, events);

        Console.WriteLine($"Notifications delivery benchmark on {Environment.ProcessorCount} cores: {Endpoints} " +
            "endpoints on loopback (one port each), SQLite store, one delivery worker, sweep every 20 ms");
        Console.WriteLine(saturated.Summary("deliveries, saturated (event handed in -> receiver)"));
        Console.WriteLine(steady.Summary($"deliveries, paced {perSecond}/s (event handed in -> receiver)"));
        Console.WriteLine(raw.Summary("raw POST, the delivery HttpClient, one at a time"));
        Console.WriteLine($"deliveries / raw POST rate: {saturated.PerSecond / raw.PerSecond:P1}; " +
            $"paced p99 {steady.P99:F1} ms ({steady.P99 / raw.P99:F1}x a raw POST's p99); " +
            $"sent twice: {run.Duplicates}");
    }

    private static string Provider(int index) => $"PRV-{1000 + index}";

    /// <summary>
    /// The baseline: <paramref name="posts"/> POSTs, one at a time as the worker sends, of a delivery's body and
    /// headers through the service's named delivery client (its handler, connection checks and pool), round robin.
    /// </summary>
    private static async Task<Latencies> RawPosts(ServiceUnderTest<Program> service, Receivers receivers, int posts)
    {
        var http = service.Services.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookSender.Client);
        var body = WebhookSender.Body(new ReceivedEvent
        {
            EventId = Guid.NewGuid().ToString(), Type = ProviderEventTypes.PlacementOffered, Source = "care-packages",
            Subject = Guid.NewGuid().ToString(), Payload = DeliveryRun.Offered(Provider(0)).ToString(),
        });
        var latencies = new Latencies(posts);
        for (var i = -WarmUp; i < posts; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, receivers.Urls[(i + WarmUp) % Endpoints]);
            request.Content = new StringContent(body, Encoding.UTF8, "application/cloudevents+json");
            request.Headers.TryAddWithoutValidation("webhook-id", $"raw_{i}");
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            if (i >= 0) latencies.Record(started, Stopwatch.GetTimestamp());
        }
        return latencies;
    }
}
