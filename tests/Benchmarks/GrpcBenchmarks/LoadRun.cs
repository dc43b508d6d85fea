using System.Diagnostics;

namespace GrpcBenchmarks;

/// <summary>Calls per second and latency percentiles of one call shape, with a fixed number of concurrent callers for a fixed time.</summary>
internal sealed record LoadResult(string Name, long Calls, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double CallsPerSecond => Calls / Elapsed.TotalSeconds;
}

internal static class LoadRun
{
    public static async Task<LoadResult> Measure(string name, Func<Task> call, int concurrency, TimeSpan warmUp, TimeSpan duration)
    {
        await Drive(call, concurrency, warmUp);
        var clock = Stopwatch.StartNew();
        var latencies = await Drive(call, concurrency, duration);
        clock.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, clock.Elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static async Task<List<double>[]> Drive(Func<Task> call, int concurrency, TimeSpan duration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(100_000);
            while (Stopwatch.GetTimestamp() < until)
            {
                var start = Stopwatch.GetTimestamp();
                await call();
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return latencies;
        })));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
