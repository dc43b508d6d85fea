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

var built = new Dictionary<(StoreOptions, string), DbContextOptions>();

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
        options.Provider == StoreProvider.Postgres ? "VACUUM ANALYZE" : "ANALYZE");
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

CarePackagesStore OpenCarePackages(StoreOptions options, IHttpContextAccessor request) =>
    new(Built<CarePackagesStore>(options, "care-packages"), new HttpAuditActor(request), rules);

static HttpContext Request(string organisation, string role) => new DefaultHttpContext
{
    User = new ClaimsPrincipal(new ClaimsIdentity(
    [
        new Claim(CommissioningClaims.Subject, "list-benchmark"),
        new Claim(CommissioningClaims.Organisation, organisation),
        new Claim(CommissioningClaims.Role, role),
    ], "Bearer")),
};

// The provider's page in one statement, as a DBA would write it on the invitations' index: its invitations in its
// councils, in list order, joined to their rows.
static string PlainRequests(StoreOptions options, Market market)
{
    var councils = string.Join(", ", market.Councils.Select(c => $"'{c}'"));
    var provider = PlatformIds.Organisation(market.ProviderCode).ToString();
    // SQLite keeps a Guid column as upper-case text.
    if (options.Provider == StoreProvider.Sqlite) provider = provider.ToUpperInvariant();
    return $"""
        SELECT a."Id", a."Body" FROM placement_invitations i JOIN aggregates a ON a."Id" = i."Id"
        WHERE i."ProviderId" = '{provider}' AND i."Tenancy" IN ({councils}) AND a."Type" = 'PlacementRequest'
        ORDER BY i."UpdatedUtc", i."Id" LIMIT {ListPage.DefaultLimit}
        """;
}

// The commissioner's page in one statement on the parties' index: the contracts naming it, in list order.
static string PlainContracts(string commissioner) => $"""
    SELECT a."Id", a."Body" FROM contract_parties p JOIN aggregates a ON a."Id" = p."Id"
    WHERE p."Party" = '{commissioner}' AND a."Type" = 'CommissioningContract'
    ORDER BY p."UpdatedUtc", p."Id" LIMIT {ListPage.DefaultLimit}
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

ContractsStore OpenContracts(StoreOptions options, IHttpContextAccessor request) =>
    new(Built<ContractsStore>(options, "contracts"), new HttpAuditActor(request));

// A store's options are built once, as AddServiceStore registers them (a singleton), not for every request.
DbContextOptions<TStore> Built<TStore>(StoreOptions options, string service) where TStore : DbContext
{
    if (built.TryGetValue((options, service), out var done)) return (DbContextOptions<TStore>)done;
    var builder = new DbContextOptionsBuilder<TStore>();
    ServiceStore.Configure(builder, options, service, typeof(TStore).Assembly.GetName().Name!);
    built[(options, service)] = builder.Options;
    return builder.Options;
}
