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
    /// The run's two sizes and its number of runs from the command line (<c>run.sh [size] [size] [runs]</c>),
    /// each the default given where it is left out.
    /// </summary>
    public static (int, int, int) Sizes(string[] args, int first, int second, int runs)
    {
        int At(int i, int fallback) => args.Length > i ? int.Parse(args[i]) : fallback;
        return (At(0, first), At(1, second), At(2, runs));
    }

    /// <summary>Every store's rows of <see cref="Row"/> under the header they line up with.</summary>
    public static void Print(IEnumerable<string> rows)
    {
        Console.WriteLine();
        Console.WriteLine(
            $"{"store",-11} {"measure",-52} {"median ms",10} {"plain SQL ms",13} {"ratio",7}  within 3x");
        foreach (var row in rows) Console.WriteLine(row);
    }

    /// <summary>A measure's median next to the plain SQL's in the same run, their ratio and the 3x target.</summary>
    public static string Row(string store, string measure, double ms, double sql) =>
        $"{store,-11} {measure,-52} {ms,10:N1} {sql,13:N1} {ms / sql,7:0.00}  {(ms <= 3 * sql ? "met" : "NOT met")}";

    /// <summary>
    /// Each measure once to warm up, then <paramref name="runs"/> rounds in turns; each one's median.
    /// </summary>
    public static async Task<double[]> Interleaved(int runs, params Func<Task>[] measures) =>
        (await InterleavedTimes(runs, measures)).Select(t => t[runs / 2]).ToArray();

    /// <summary>As <see cref="Interleaved"/>, but every run's time of each measure, fastest first.</summary>
    public static async Task<double[][]> InterleavedTimes(int runs, params Func<Task>[] measures)
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
        return times.Select(t => t.Order().ToArray()).ToArray();
    }
}

internal sealed class BenchmarkActor : IAuditActor
{
    public Caller Caller => Caller.System;
    public string? CorrelationId => null;
    public string? Authority { get; set; } = "benchmark load";
}
