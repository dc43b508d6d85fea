using System.Data.Common;
using System.Security.Claims;
using CarePackages.Api.Infrastructure;
using Commissioning.Benchmarks;
using Commissioning.Identity;
using Commissioning.Persistence;
using Contracts.Api.Apis;
using Contracts.Api.Infrastructure;
using ListBenchmarks;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

// Usage: tests/Benchmarks/ListBenchmarks/run.sh [placement requests=100000] [contracts=100000] [runs=100]
var (requests, contracts, runs) = StoreRuns.Sizes(args, 100_000, 100_000, 100);
Console.WriteLine($"{requests:N0} placement requests and {contracts:N0} contracts; first page "
    + $"({ListPage.DefaultLimit}) of each list, {runs} interleaved runs after one warm-up; targets: within 3x of "
    + "plain SQL, p99 < 50 ms");
var rules = new CarePackagesRules(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["People:PseudonymKey"] = Convert.ToBase64String(new byte[32]),
    ["Verification:VerifierWeeklyLimit"] = "1000", ["Verification:VerifierOneOffLimit"] = "5000",
}).Build());

// Each service keeps its own store, so each list has its own SQLite file and PostgreSQL database.
var results = await StoreRuns.OnSqliteAndPostgres("care-packages", MeasureRequests);
results.AddRange(await StoreRuns.OnSqliteAndPostgres("contracts", MeasureContracts));
Console.WriteLine();
Console.WriteLine($"{"store",-11} {"list",-34} {"median ms",10} {"p99 ms",8} {"plain SQL ms",13} {"ratio",7}"
    + "  within 3x  p99 < 50 ms");
foreach (var line in results.Order()) Console.WriteLine(line);

async Task<IEnumerable<string>> MeasureRequests(string name, StoreOptions options)
{
    Console.WriteLine($"{name}:");
    var system = new HttpContextAccessor();
    await using (var store = OpenCarePackages(options, system)) await store.Database.MigrateAsync();
    var market = await Market.Create(() => OpenCarePackages(options, system), requests);
    await using var plain = OpenCarePackages(options, system);
    return await Timed(name, options, plain, "placement requests, as a provider",
        Request(market.ProviderCode, Roles.ProviderUser), PlainRequests(options, market), async http =>
        {
            // As a request reaches GET /api/v1/placement-requests: a store of its own, the tenancy gate, the route.
            await using var store = OpenCarePackages(options, new HttpContextAccessor { HttpContext = http });
            await store.EnterTenancyAsync();
            return [.. (await CarePackages.Api.Apis.BrokerageApi.List(null, null, http, store)).Select(r => r.Id)];
        });
}

async Task<IEnumerable<string>> MeasureContracts(string name, StoreOptions options)
{
    Console.WriteLine($"{name}:");
    var system = new HttpContextAccessor();
    await using (var store = OpenContracts(options, system)) await store.Database.MigrateAsync();
    var commissioner = await Commissioners.Create(() => OpenContracts(options, system), contracts);
    await using var plain = OpenContracts(options, system);
    return await Timed(name, options, plain, "contracts, as a commissioner", Request(commissioner, Roles.Commissioner),
        PlainContracts(commissioner), async http =>
        {
            // As a request reaches GET /api/v1/contracts.
            await using var store = OpenContracts(options, new HttpContextAccessor { HttpContext = http });
            await store.EnterTenancyAsync();
            return [.. (await ContractsApi.List(null, null, store, http)).Select(c => c.Id)];
        });
}

// The route's first page and the plain SQL's in turns; the row of the two.
async Task<IEnumerable<string>> Timed(string name, StoreOptions options, CommissioningDbContext plain, string list,
    HttpContext caller, string sql, Func<HttpContext, Task<List<Guid>>> route)
{
    await plain.Database.ExecuteSqlRawAsync(
        options.Provider == StoreProvider.Postgres ? "VACUUM ANALYZE aggregates" : "ANALYZE");
    await plain.Database.OpenConnectionAsync();
    var command = plain.Database.GetDbConnection().CreateCommand();
    command.CommandText = sql;
    var page = await route(caller);
    // The same page, or the comparison means nothing.
    var plainPage = await ReadPage(command);
    if (page.Count == 0 || !page.SequenceEqual(plainPage))
        throw new InvalidOperationException(
            $"The plain SQL's page of {list} ({plainPage.Count}) is not the route's ({page.Count}).");
    var times = await StoreRuns.InterleavedTimes(runs, () => route(caller), () => ReadPage(command));
    var (median, p99, baseline) = (times[0][runs / 2], Percentile(times[0], 0.99), times[1][runs / 2]);
    return
    [
        $"{name,-11} {list,-34} {median,10:N1} {p99,8:N1} {baseline,13:N1} {median / baseline,7:0.00}  "
        + $"{(median <= 3 * baseline ? "met" : "NOT met"),-9}  {(p99 < 50 ? "met" : "NOT met")}",
    ];
}

CarePackagesStore OpenCarePackages(StoreOptions options, IHttpContextAccessor request)
{
    var builder = new DbContextOptionsBuilder<CarePackagesStore>();
    ServiceStore.Configure(builder, options, "care-packages", typeof(CarePackagesStore).Assembly.GetName().Name!);
    return new CarePackagesStore(builder.Options, new HttpAuditActor(request), rules);
}

static HttpContext Request(string organisation, string role) => new DefaultHttpContext
{
    User = new ClaimsPrincipal(new ClaimsIdentity(
    [
        new Claim(CommissioningClaims.Subject, "list-benchmark"),
        new Claim(CommissioningClaims.Organisation, organisation),
        new Claim(CommissioningClaims.Role, role),
    ], "Bearer")),
};

// The provider's page in one statement: its councils' requests by the tenancy index, its invitation found in the
// JSON, oldest change first.
static string PlainRequests(StoreOptions options, Market market)
{
    var councils = string.Join(", ", market.Councils.Select(c => $"'{c}'"));
    var provider = PlatformIds.Organisation(market.ProviderCode);
    var invited = options.Provider == StoreProvider.Postgres
        ? $"""jsonb_array_elements(("Body"::jsonb)->'invitations') i WHERE i->>'providerId' = '{provider}'"""
        : $"""json_each("Body", '$.invitations') i WHERE json_extract(i.value, '$.providerId') = '{provider}'""";
    return $"""
        SELECT "Id", "Body" FROM aggregates
        WHERE "Type" = 'PlacementRequest' AND "Tenancy" IN ({councils}) AND EXISTS (SELECT 1 FROM {invited})
        ORDER BY "UpdatedUtc", "Id" LIMIT {ListPage.DefaultLimit}
        """;
}

// The commissioner's page in one statement: the tenancies naming it (a scan of the tenancy index, as the store's
// own look-up does), their contracts by that index, oldest change first.
static string PlainContracts(string commissioner) => $"""
    SELECT "Id", "Body" FROM aggregates
    WHERE "Type" = 'CommissioningContract' AND "Tenancy" IN
        (SELECT DISTINCT "Tenancy" FROM aggregates WHERE ' ' || "Tenancy" || ' ' LIKE '% {commissioner} %')
    ORDER BY "UpdatedUtc", "Id" LIMIT {ListPage.DefaultLimit}
    """;

static async Task<List<Guid>> ReadPage(DbCommand command)
{
    var ids = new List<Guid>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
        if (reader.GetString(1).Length > 0) ids.Add(reader.GetGuid(0));
    return ids;
}

static double Percentile(double[] fastestFirst, double p) =>
    fastestFirst[(int)Math.Min(fastestFirst.Length - 1, Math.Ceiling(p * fastestFirst.Length) - 1)];

static ContractsStore OpenContracts(StoreOptions options, IHttpContextAccessor request)
{
    var builder = new DbContextOptionsBuilder<ContractsStore>();
    ServiceStore.Configure(builder, options, "contracts", typeof(ContractsStore).Assembly.GetName().Name!);
    return new ContractsStore(builder.Options, new HttpAuditActor(request));
}
