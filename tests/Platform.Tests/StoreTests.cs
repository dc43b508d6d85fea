using System.Net;
using System.Net.Http.Json;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.SampleService;
using Xunit;

namespace Platform.Tests;

/// <summary>The store building block, run once on SQLite and once on a real PostgreSQL.</summary>
public abstract class StoreTests : IAsyncLifetime
{
    private SampleApp _app = null!;

    protected abstract StoreOptions NewStore();

    public async Task InitializeAsync() => _app = await SampleApp.Start(NewStore());

    public virtual async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_change_and_its_audit_record_are_written_together()
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/funds")
        {
            Content = JsonContent.Create(new { name = "Wirral pooled fund", budget = 519_700_000.00m }),
            Headers = { { "X-Correlation-Id", "corr-519" } },
        };
        var created = await (await officer.SendAsync(request)).ReadJson();

        await using var scope = _app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
        var fund = await store.Funds.SingleAsync();
        Assert.Equal(519_700_000.00m, fund.Budget);
        var audit = await store.AuditRecords.SingleAsync();
        Assert.Equal(("alice", "E08000015", "finance-officer", "added", "corr-519"),
            (audit.Actor, audit.Organisation, audit.Authority, audit.Action, audit.CorrelationId));
        Assert.Equal(created.GetProperty("id").GetGuid().ToString(), audit.EntityId);
        Assert.Contains("Wirral pooled fund", audit.Changes);
    }

    /// <summary>
    /// Cursor pages of one lookup key, cut in the store: three rows saved at one instant (the id breaks the tie)
    /// and two later, between rows of another key; each page starts just after the last row of the one before.
    /// </summary>
    [Fact]
    public async Task Cursor_pages_hold_each_row_of_their_key_once_and_no_other()
    {
        var wanted = await AddPools("wirral", 3, "plymouth", 1);
        wanted.AddRange(await AddPools("wirral", 2, "plymouth", 2));

        var pages = new List<IReadOnlyList<SamplePool>>();
        for (StorePosition? after = null; pages.Count == 0 || after is not null;)
        {
            await using var scope = _app.Services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<SampleStore>().Aggregates<SamplePool>()
                .PageAfter(after, 2, "wirral");
            pages.Add(page.Items);
            after = page.Next;
        }

        Assert.Equal([2, 2, 1], pages.Select(p => p.Count));
        Assert.Equal(wanted.Order(), pages.SelectMany(p => p).Select(p => p.Id).Order());
    }

    /// <summary>Adds <paramref name="count"/> pools of <paramref name="key"/>, and of another key, in a save.</summary>
    private async Task<List<Guid>> AddPools(string key, int count, string otherKey, int others)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
        var pools = Enumerable.Range(0, count).Select(i => SamplePool.Open($"{key} {i}")).ToList();
        foreach (var pool in pools) store.Aggregates<SamplePool>().Add(pool, key);
        for (var i = 0; i < others; i++)
            store.Aggregates<SamplePool>().Add(SamplePool.Open($"{otherKey} {i}"), otherKey);
        await store.SaveChangesAsync();
        return pools.Select(p => p.Id).ToList();
    }

    [Fact]
    public async Task A_stale_version_is_a_409_and_keeps_the_first_change()
    {
        using var officer = SampleClient.For(_app, "finance-officer");
        var created = await (await officer.PostAsJsonAsync("/api/v1/funds", new { name = "BCF", budget = 56_000_000m })).ReadJson();
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetGuid();

        var first = await officer.PutAsJsonAsync($"/api/v1/funds/{id}/name", new { name = "Better Care Fund", version });
        var second = await officer.PutAsJsonAsync($"/api/v1/funds/{id}/name", new { name = "Stale rename", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Better Care Fund", (await (await officer.GetAsync($"/api/v1/funds/{id}")).ReadJson()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Ledger_entries_are_append_only()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
        var entry = new SampleLedgerEntry { FundId = Guid.NewGuid(), Amount = 1_250.50m };
        store.Entries.Add(entry);
        await store.SaveChangesAsync();

        store.Entry(entry).Property(e => e.Amount).CurrentValue = 9m;
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveChangesAsync());
        store.ChangeTracker.Clear();
        Assert.Equal(1_250.50m, (await store.Entries.SingleAsync()).Amount);
    }

    [Fact]
    public async Task Upgrading_a_database_made_by_the_previous_schema_keeps_its_rows()
    {
        var options = NewStore();
        var services = new ServiceCollection()
            .AddScoped<IAuditActor>(_ => new FixedActor())
            .AddDbContext<SampleStore>(db => ServiceStore.Configure(db, options, "upgrade", typeof(SampleStore).Assembly.GetName().Name!))
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
            await store.Database.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync("20261122000001_Initial");
            await store.Database.ExecuteSqlRawAsync(
                "INSERT INTO funds (\"Id\", \"Name\", \"Budget\", \"Version\") VALUES ({0}, {1}, {2}, {3})",
                Guid.NewGuid(), "Plymouth integrated fund", 421_481_000m, Guid.NewGuid());
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<SampleStore>();
            await store.Database.MigrateAsync();
            var fund = await store.Funds.SingleAsync();
            Assert.Equal(("Plymouth integrated fund", 421_481_000m, "unassigned"), (fund.Name, fund.Budget, fund.HostPartner));
            Assert.Empty(await store.Database.GetPendingMigrationsAsync());
        }
    }

    [Fact]
    public async Task Migrate_only_brings_a_new_database_up_to_date_and_returns_without_serving()
    {
        var store = NewStore();
        var run = SampleApp.MigrateThenRun(store, new Dictionary<string, string?> { ["Store:MigrateOnly"] = "true" });
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1)));

        Assert.Same(run, finished);
        await run;
        var options = new DbContextOptionsBuilder<SampleStore>();
        ServiceStore.Configure(options, store, "sample", typeof(SampleStore).Assembly.GetName().Name!);
        await using var db = new SampleStore(options.Options, new FixedActor());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_save_is_audited_at_the_time_of_the_services_one_clock()
    {
        var store = NewStore();
        var options = new DbContextOptionsBuilder<SampleStore>();
        ServiceStore.Configure(options, store, "clocked", typeof(SampleStore).Assembly.GetName().Name!);
        var monday = new DateTimeOffset(2018, 4, 9, 9, 30, 0, TimeSpan.Zero);
        await using var db = new SampleStore(options.Options, new FixedActor(), new StoppedClock(monday));
        await db.Database.MigrateAsync();

        var fund = new SampleFund { Name = "Wirral pooled fund", Budget = 519_700_000m };
        db.Funds.Add(fund);
        await db.SaveChangesAsync();

        Assert.Equal(monday, db.SavedAt);
        var audit = await db.AuditRecords.SingleAsync(a => a.EntityId == fund.Id.ToString());
        Assert.Equal(monday.UtcDateTime, DateTime.SpecifyKind(audit.AtUtc, DateTimeKind.Utc));
    }

    /// <summary>A clock stopped at one instant, as a test fixes "now".</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class FixedActor : IAuditActor
    {
        public Commissioning.Identity.Caller Caller => Commissioning.Identity.Caller.System;
        public string? CorrelationId => null;
        public string? Authority { get; set; }
    }
}

public sealed class SqliteStoreTests : StoreTests
{
    private readonly string _data = Directory.CreateTempSubdirectory("sqlite-store-").FullName;
    private int _files;

    protected override StoreOptions NewStore() => new()
    {
        DataDirectory = _data,
        ConnectionString = $"Data Source={Path.Combine(_data, $"store{++_files}.db")};Pooling=false",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer postgres) : StoreTests
{
    protected override StoreOptions NewStore() =>
        new() { Provider = StoreProvider.Postgres, ConnectionString = postgres.CreateDatabase("store") };
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
