using System.Diagnostics;

namespace EventingBenchmarks;

/// <summary>Per-event latencies of one run and the run's throughput.</summary>
public sealed class Latencies(int expected)
{
    private readonly double[] _milliseconds = new double[expected];
    private int _count;
    private long _firstStart = long.MaxValue;
    private long _lastEnd;

    public int Count => Volatile.Read(ref _count);

    public void Record(long startTimestamp, long endTimestamp)
    {
        var index = Interlocked.Increment(ref _count) - 1;
        if (index >= _milliseconds.Length) return;
        _milliseconds[index] = Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMilliseconds;
        InterlockedMin(ref _firstStart, startTimestamp);
        InterlockedMax(ref _lastEnd, endTimestamp);
    }

    public string Summary(string name)
    {
        var sorted = Sorted();
        return $"{name,-58} {sorted.Length,6} events  {PerSecond,9:F0} events/s  p50 {Percentile(sorted, 0.50),7:F2} ms  p99 {Percentile(sorted, 0.99),7:F2} ms";
    }

    public double PerSecond => Count == 0 ? 0 : Math.Min(Count, _milliseconds.Length) / Stopwatch.GetElapsedTime(_firstStart, _lastEnd).TotalSeconds;
    public double P50 => Percentile(Sorted(), 0.50);
    public double P99 => Percentile(Sorted(), 0.99);

    private double[] Sorted() => _milliseconds[..Math.Min(Count, _milliseconds.Length)].Order().ToArray();

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];

    private static void InterlockedMin(ref long target, long value)
    {
        long current;
        while (value < (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
