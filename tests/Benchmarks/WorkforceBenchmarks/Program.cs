using System.Data.Common;
using Commissioning.Benchmarks;
using Commissioning.Eventing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Workforce.Api.Apis;
using Workforce.Api.Events;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Forecasts;
using Workforce.Domain.Transfers;
using WorkforceBenchmarks;

// Usage: tests/Benchmarks/WorkforceBenchmarks/run.sh [records=20000] [teams=400] [runs=7]
var records = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var teams = args.Length > 1 ? int.Parse(args[1]) : 400;
var runs = args.Length > 2 ? int.Parse(args[2]) : 7;
Console.WriteLine($"Establishment of {records:N0} staff records in {teams} teams; median of {runs} interleaved runs "
    + "after one warm-up; target: within 3x of plain SQL");

var results = await StoreRuns.OnSqliteAndPostgres("workforce", Measure);
Console.WriteLine();
Console.WriteLine($"{"store",-11} {"measure",-52} {"median ms",10} {"plain SQL ms",13} {"ratio",7}  within 3x");
foreach (var line in results) Console.WriteLine(line);

async Task<IEnumerable<string>> Measure(string name, StoreOptions options)
{
    Console.WriteLine($"{name}:");
    Trust trust;
    await using (var store = Open(options))
    {
        await store.Database.MigrateAsync();
        trust = await Trust.Create(store, records, teams);
        await store.Database.ExecuteSqlRawAsync(options.Provider == StoreProvider.Postgres
            ? "VACUUM ANALYZE aggregates" : "ANALYZE");
    }

    await using var session = Open(options);
    await session.Database.OpenConnectionAsync();
    var plainSql = session.Database.GetDbConnection().CreateCommand();
    plainSql.CommandText = PlainAggregate(options, trust.EmployerId);

    // The three measures take turns within each run, so none gains from running later (caches, JIT, a busy machine).
    var timings = await StoreRuns.Interleaved(runs, () => ReadAll(plainSql), () => Forecast(options, trust),
        () => EliPackOf(options, trust));
    var (sql, forecast, eli) = (timings[0], timings[1], timings[2]);
    string Row(string measure, double ms) =>
        $"{name,-11} {measure,-52} {ms,10:N1} {sql,13:N1} {ms / sql,7:0.00}  {(ms <= 3 * sql ? "met" : "NOT met")}";
    return
    [
        Row("(a) staffing forecast (PUT years/2018 from the teams)", forecast),
        Row($"(b) ELI pack ({records:N0} records read and assembled)", eli),
    ];
}

// As PUT /staffing-forecasts/{id}/years/2018 does it: the forecast and the establishment's team budgets read,
// the year computed (A Table 1's 1% pay award, 2.5% vacancy factor, 1.5% unpaid leave) and saved.
async Task Forecast(StoreOptions options, Trust trust)
{
    await using var request = Open(options);
    var forecast = await request.Aggregates<StaffingForecast>().Get(trust.ForecastId);
    var bases = StaffingForecast.BasesOf(await request.EstablishmentOf(trust.EmployerId));
    forecast.SetYear(StaffingForecastView.Year(2018), bases, new ForecastAssumptions(1m, 2.5m, 1.5m));
    await request.SaveChangesAsync();
    if (StaffingForecastView.Of(forecast).Years.Count == 0) throw new InvalidOperationException("No year.");
}

// As GET /transfer-projects/{id}/eli-pack does it: the project, every assigned record's particulars, the pack and
// its view.
async Task EliPackOf(StoreOptions options, Trust trust)
{
    await using var request = Open(options);
    var project = await request.Aggregates<TransferProject>().Get(trust.ProjectId);
    var assigned = await request.AssignedParticulars(project, CancellationToken.None);
    var pack = EliPackView.Of(EliPack.Assemble(project, assigned, [], Trust.Today));
    if (pack.Employees.Count != records) throw new InvalidOperationException("The pack lost employees.");
}

// Headcount and FTE (in hundredths; Fte is a struct, stored by its property) per team over the same staff-record
// rows, parsed from their JSON in SQL.
static string PlainAggregate(StoreOptions options, Guid employer) => options.Provider == StoreProvider.Postgres
    ? $"""
        SELECT ("Body"::jsonb)->>'teamId', COUNT(*), SUM((("Body"::jsonb)->'terms'->'fte'->>'Hundredths')::bigint)
        FROM aggregates WHERE "Type" = 'StaffRecord' AND "Key" = '{employer}' GROUP BY 1
        """
    : $"""
        SELECT json_extract(Body, '$.teamId'), COUNT(*), SUM(json_extract(Body, '$.terms.fte.Hundredths'))
        FROM aggregates WHERE Type = 'StaffRecord' AND Key = '{employer}' GROUP BY 1
        """;

static async Task ReadAll(DbCommand command)
{
    await using var reader = await command.ExecuteReaderAsync();
    long sum = 0;
    while (await reader.ReadAsync()) sum += reader.GetInt64(2);
    if (sum == 0) throw new InvalidOperationException("The plain aggregate found no staff records.");
}

// The service's own eventing registration, so the projects' and forecasts' events go to the outbox as they do there.
static WorkforceStore Open(StoreOptions options)
{
    var builder = new DbContextOptionsBuilder<WorkforceStore>().UseApplicationServiceProvider(Eventing.Services);
    ServiceStore.Configure(builder, options, "workforce", typeof(WorkforceStore).Assembly.GetName().Name!);
    return new WorkforceStore(builder.Options, new BenchmarkActor(), TimeProvider.System);
}

internal static class Eventing
{
    public static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddLogging()
        .AddEventing<WorkforceStore>(o => o.Source = WorkforceEvents.Source).BuildServiceProvider();
}
