using System.Data.Common;
using System.Diagnostics;
using Commissioning.Benchmarks;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Returns.Api.Extracts;
using Returns.Api.Infrastructure;
using Returns.Domain.Returns;
using ReturnsBenchmarks;

// Usage: tests/Benchmarks/ReturnsBenchmarks/run.sh [events=100000] [people=20000] [runs=7]
var (events, people, runs) = StoreRuns.Sizes(args, 100_000, 20_000, 7);
Console.WriteLine($"CLD {LargeCouncil.Quarter.Label} of a council with {events:N0} care-package events over "
    + $"{people:N0} people; median of {runs} interleaved runs after one warm-up; target: within 3x of plain SQL");

var results = await StoreRuns.OnSqliteAndPostgres("returns", Measure);
StoreRuns.Print(results);

async Task<IEnumerable<string>> Measure(string name, StoreOptions options)
{
    Console.WriteLine($"{name}:");
    LargeCouncil council;
    await using (var store = Open(options))
    {
        await store.Database.MigrateAsync();
        council = await LargeCouncil.Create(() => Open(options), events, people);
        await store.Database.ExecuteSqlRawAsync(options.Provider == StoreProvider.Postgres
            ? $"VACUUM ANALYZE {ReturnsTables.CldServices}" : "ANALYZE");
    }

    await using var session = Open(options);
    await session.Database.OpenConnectionAsync();
    await using var plainSql = PlainQuery(session.Database.GetDbConnection());
    var expected = await ReadAll(plainSql);
    var reads = new List<double>();

    // The two measures take turns within each run, so neither gains from running later (caches, JIT, a busy machine);
    // each checks it produced the plain query's number of rows.
    var timings = await StoreRuns.Interleaved(runs, async () => Same(await ReadAll(plainSql), expected),
        async () => Same(await Collected(options, council, reads), expected));
    var (sql, cld) = (timings[0], timings[1]);
    Console.WriteLine($"  {expected:N0} rows; of the build, reading the read model took a median "
        + $"{reads.Skip(1).Order().ElementAt(runs / 2):N1} ms");
    return [StoreRuns.Row(name, $"(a) CLD quarter from the read model ({expected:N0} rows)", cld, sql)];
}

// As POST /api/v1/returns/{id}/collections does it up to the rows: the return, the council's read-model lines in the
// period, the people of those lines (care packages' answer prepared in process, LargeCouncil.PeopleOf, since this
// times the returns store and not the gRPC call) merged with none given by the officer, and the deduplicated CLD rows.
async Task<int> Collected(StoreOptions options, LargeCouncil council, List<double> reads)
{
    await using var request = Open(options);
    var watch = Stopwatch.StartNew();
    var statutoryReturn = await request.Aggregates<StatutoryReturn>().Get(council.ReturnId);
    var lines = await CldExtract.Lines(request, statutoryReturn, CancellationToken.None);
    reads.Add(watch.Elapsed.TotalMilliseconds);
    var known = council.PeopleOf(lines.Select(l => l.PersonReference).Distinct(StringComparer.Ordinal));
    var rows = CldExtract.Rows(statutoryReturn, lines,
        PersonDetails.Merge(known, new Dictionary<string, PersonDetails>(StringComparer.Ordinal)));
    return rows.Count;
}

// The same rows straight from the read-model table: the council's lines open at any time in the rolling 12 months,
// every column a CLD row is made of, in the extract's order; each value read.
static DbCommand PlainQuery(DbConnection connection)
{
    var command = connection.CreateCommand();
    command.CommandText = $"""
        SELECT "PackageId", "LineId", "PersonReference", "PrimarySupportReason", "ServiceType", "DeliveryMechanism",
               "FundingStatus", "UnitCostPence", "CostFrequency", "PlannedUnitsHundredths", "StartDate", "EndDate"
        FROM {ReturnsTables.CldServices}
        WHERE "Council" = @council AND "StartDate" <= @end AND ("EndDate" IS NULL OR "EndDate" >= @start)
        ORDER BY "PackageId", "LineId"
        """;
    Add(command, "council", LargeCouncil.Code.Value);
    Add(command, "start", LargeCouncil.Quarter.Start);
    Add(command, "end", LargeCouncil.Quarter.End);
    return command;
}

static void Add(DbCommand command, string name, object value)
{
    var parameter = command.CreateParameter();
    (parameter.ParameterName, parameter.Value) = (name, value);
    command.Parameters.Add(parameter);
}

static async Task<int> ReadAll(DbCommand command)
{
    await using var reader = await command.ExecuteReaderAsync();
    var (rows, values) = (0, new object[reader.FieldCount]);
    while (await reader.ReadAsync())
    {
        reader.GetValues(values);
        rows++;
    }
    return rows;
}

static void Same(int rows, int expected)
{
    if (rows != expected || rows == 0)
        throw new InvalidOperationException($"{rows:N0} rows where the plain query gives {expected:N0}.");
}

static ReturnsStore Open(StoreOptions options)
{
    var builder = new DbContextOptionsBuilder<ReturnsStore>();
    ServiceStore.Configure(builder, options, ReturnsStore.Source, typeof(ReturnsStore).Assembly.GetName().Name!);
    return new ReturnsStore(builder.Options, new BenchmarkActor(), TimeProvider.System);
}
