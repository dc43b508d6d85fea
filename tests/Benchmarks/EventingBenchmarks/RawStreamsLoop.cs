using System.Diagnostics;
using StackExchange.Redis;

namespace EventingBenchmarks;

/// <summary>
/// The floor: a producer XADDing and a consumer group XREADGROUP/XACKing on the same Redis, polling with
/// the same back-off as the sidecar (no BLOCK; StackExchange.Redis's typed Streams API), with no HTTP, CloudEvents or database in between.
/// </summary>
public static class RawStreamsLoop
{
    public static async Task<Latencies> RunAsync(string redis, int events, TimeSpan limit)
    {
        using var connection = ConnectionMultiplexer.Connect(redis);
        var db = connection.GetDatabase();
        await db.StreamCreateConsumerGroupAsync("raw-bench", "raw", StreamPosition.Beginning, createStream: true);
        var latencies = new Latencies(events);
        using var stop = new CancellationTokenSource(limit);
        var consumer = ConsumeAsync(db, latencies, events, stop.Token);
        for (var i = 0; i < events && !stop.IsCancellationRequested; i++)
            await db.StreamAddAsync("raw-bench", "data", Stopwatch.GetTimestamp());
        await consumer;
        return latencies;
    }

    private static async Task ConsumeAsync(IDatabase db, Latencies latencies, int events, CancellationToken stop)
    {
        var idle = 1;
        while (latencies.Count < events && !stop.IsCancellationRequested)
        {
            var read = await db.StreamReadGroupAsync("raw-bench", "raw", "raw", StreamPosition.NewMessages, 100);
            if (read.Length == 0)
            {
                await Task.Delay(idle);
                idle = Math.Min(idle * 2, 50);
                continue;
            }
            idle = 1;
            await db.StreamAcknowledgeAsync("raw-bench", "raw", read.Select(e => e.Id).ToArray());
            var acknowledged = Stopwatch.GetTimestamp();
            foreach (var entry in read) latencies.Record((long)entry["data"], acknowledged);
        }
    }
}
