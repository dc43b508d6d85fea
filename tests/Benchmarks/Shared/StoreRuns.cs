using System.Diagnostics;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;

namespace Commissioning.Benchmarks;

/// <summary>
/// What the store benchmarks share (compiled into each): the same measures on a temporary SQLite folder and
/// on a PostgreSQL the run starts, and measures timed in turns so none gains from running later.
/// </summary>
internal static class StoreRuns
{
    /// <summary>Runs <paramref name="measure"/> on SQLite, then on PostgreSQL, and returns both stores' rows.</summary>
    public static async Task<List<string>> OnSqliteAndPostgres(string database,
        Func<string, StoreOptions, Task<IEnumerable<string>>> measure)
    {
        var results = new List<string>();
        var folder = Directory.CreateTempSubdirectory($"{database}-bench-").FullName;
        try
        {
            results.AddRange(await measure("SQLite",
                new StoreOptions { Provider = StoreProvider.Sqlite, DataDirectory = folder }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        try
        {
            results.AddRange(await measure("PostgreSQL", new StoreOptions
            {
                Provider = StoreProvider.Postgres, ConnectionString = postgres.CreateDatabase(database),
            }));
        }
        finally
        {
            await postgres.DisposeAsync();
        }
        return results;
    }

    /// <summary>
    /// Each measure once to warm up, then <paramref name="runs"/> rounds in turns; each one's median.
    /// </summary>
    public static async Task<double[]> Interleaved(int runs, params Func<Task>[] measures)
    {
        foreach (var measure in measures) await measure();
        var times = measures.Select(_ => new List<double>()).ToArray();
        for (var run = 0; run < runs; run++)
            for (var i = 0; i < measures.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                await measures[i]();
                times[i].Add(watch.Elapsed.TotalMilliseconds);
            }
        return times.Select(t => t.Order().ElementAt(runs / 2)).ToArray();
    }
}

internal sealed class BenchmarkActor : IAuditActor
{
    public Caller Caller => Caller.System;
    public string? CorrelationId => null;
    public string? Authority { get; set; } = "benchmark load";
}
