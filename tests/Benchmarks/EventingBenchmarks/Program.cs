using Commissioning.Testing;
using EventingBenchmarks;
using Eventing.Tests.Support;

// Bounded run: a warm-up, then end-to-end and raw loops of a fixed size, each with a time limit.
const int WarmUp = 200, Events = 5_000, Paced = 2_500, PacedPerSecond = 500, RawEvents = 20_000, Writers = 4;
var limit = TimeSpan.FromSeconds(90);
var redis = new RedisServer();
await redis.InitializeAsync();
var directory = Directory.CreateTempSubdirectory("eventing-bench-").FullName;
try
{
    var subscriberPort = FreePort.Next();
    using var publisherSidecar = await LocalSidecarProcess.StartAsync("bench-publisher", redis.Configuration);
    using var subscriberSidecar = LocalSidecarProcess.Create("bench-subscriber", redis.Configuration, subscriberPort);
    var committedAt = new long[WarmUp + Events + Paced];
    var saturated = new Latencies(Events);
    var paced = new Latencies(Paced);
    var current = saturated;
    await using var subscriber = EndToEnd.Service("bench-subscriber", subscriberPort, subscriberSidecar, Path.Combine(directory, "sub.db"),
        () => current, committedAt, warmUp: WarmUp);
    await using var publisher = EndToEnd.Service("bench-publisher", FreePort.Next(), publisherSidecar, Path.Combine(directory, "pub.db"), null, committedAt);
    await subscriber.StartAsync();
    await subscriberSidecar.StartAsync();
    await publisher.StartAsync();

    using var stop = new CancellationTokenSource(limit);
    // Saturation: writers commit as fast as they can; throughput is the pipeline's, latency includes queueing.
    await EndToEnd.PublishAsync(publisher.Services, 0, WarmUp + Events, Writers, committedAt, 0, stop.Token);
    while (saturated.Count < Events && !stop.IsCancellationRequested) await Task.Delay(20);
    // Below saturation: 500 commits a second on a fixed schedule, from two writers.
    current = paced;
    await EndToEnd.PublishAsync(publisher.Services, WarmUp + Events, Paced, 2, committedAt, PacedPerSecond, stop.Token);
    while (paced.Count < Paced && !stop.IsCancellationRequested) await Task.Delay(20);

    var raw = await RawStreamsLoop.RunAsync(redis.Configuration, RawEvents, limit);
    Console.WriteLine($"Eventing benchmark on {Environment.ProcessorCount} cores, Redis {redis.Configuration}, {Writers} writers, one event per transaction");
    Console.WriteLine(saturated.Summary("end to end, saturated (commit -> handler committed)"));
    Console.WriteLine(paced.Summary($"end to end, paced {PacedPerSecond}/s (commit -> handler committed)"));
    Console.WriteLine(raw.Summary("raw Redis Streams, one producer (XADD -> XREADGROUP -> XACK)"));
    Console.WriteLine($"end to end / raw throughput: {saturated.PerSecond / raw.PerSecond:P0} (target at least 25%); " +
                      $"paced p99 {paced.P99:F1} ms (target under 250 ms); p50 latency (paced) {paced.P50 / raw.P50:F1}x raw");
}
finally
{
    await redis.DisposeAsync();
    Directory.Delete(directory, recursive: true);
}
