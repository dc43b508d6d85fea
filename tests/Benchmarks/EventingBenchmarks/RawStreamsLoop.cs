using System.Diagnostics;
using StackExchange.Redis;

namespace EventingBenchmarks;

/// <summary>
/// The floor: a producer XADDing and a consumer group XREADGROUP/XACKing on the same Redis, polling with
/// the same back-off as the sidecar (no BLOCK), with no HTTP, CloudEvents or database in between.
/// </summary>
public static class RawStreamsLoop
{
    public static async Task<Latencies> RunAsync(string redis, int events, TimeSpan limit)
    {
        using var connection = ConnectionMultiplexer.Connect(redis);
        var db = connection.GetDatabase();
        await db.ExecuteAsync("XGROUP", "CREATE", "raw-bench", "raw", "0", "MKSTREAM");
        var latencies = new Latencies(events);
        using var stop = new CancellationTokenSource(limit);
        var consumer = ConsumeAsync(db, latencies, events, stop.Token);
        for (var i = 0; i < events && !stop.IsCancellationRequested; i++)
            await db.ExecuteAsync("XADD", "raw-bench", "*", "data", Stopwatch.GetTimestamp().ToString());
        await consumer;
        return latencies;
    }

    private static async Task ConsumeAsync(IDatabase db, Latencies latencies, int events, CancellationToken stop)
    {
        var idle = 1;
        while (latencies.Count < events && !stop.IsCancellationRequested)
        {
            var reply = await db.ExecuteAsync("XREADGROUP", "GROUP", "raw", "raw", "COUNT", 100, "STREAMS", "raw-bench", ">");
            if (reply.IsNull)
            {
                await Task.Delay(idle);
                idle = Math.Min(idle * 2, 50);
                continue;
            }
            idle = 1;
            var entries = (RedisResult[])((RedisResult[])((RedisResult[])reply!)[0]!)[1]!;
            var read = entries.Select(e => (RedisResult[])e!).ToList();
            await db.ExecuteAsync("XACK", ["raw-bench", "raw", .. read.Select(e => (object)(string)e[0]!)]);
            var acknowledged = Stopwatch.GetTimestamp();
            foreach (var entry in read) latencies.Record(long.Parse((string)((RedisResult[])entry[1]!)[1]!), acknowledged);
        }
    }
}
