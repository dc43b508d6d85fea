using System.Net;
using System.Text;
using Commissioning.Domain;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Api.Infrastructure.Ledger;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Tests.Api;

/// <summary>
/// The ledger's year-to-date month totals equal its postings, however the postings arrive (issue 14): single posts on
/// the year's first and last days (1 April, 31 March), a reversal in a later month, an actuals file's bulk
/// append, twenty different postings sent at once, and a redelivered one that posts nothing. The position of
/// every month, read from the totals, is the sum of the entries posted up to that month's end.
/// On SQLite and on PostgreSQL, whose trigger adds a whole statement at a time.
/// </summary>
public abstract class MonthTotalsTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private LedgerBooks _books = null!;

    protected abstract Dictionary<string, string?> Settings();

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>(Settings());
        _books = await LedgerBooks.Create(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_totals_equal_the_postings_however_they_arrive()
    {
        await Posted(_books.Post(_books.CouncilLine, "actual", 1_250_000.50m, "2017-04-30", "GL-1001"));
        await Posted(_books.Post(_books.CouncilLine, "actual", 99.99m, "2018-03-31", "GL-1002"));
        await Posted(_books.Post(_books.CouncilLine, "actual", 42.00m, "2017-04-01", "GL-1003"));
        await Posted(_books.Post(_books.CouncilLine, "commitment", 27_820.00m, "2017-06-05", "commitment:42"));
        await Posted(_books.Post(_books.CouncilLine, "commitment", 27_820.00m, "2017-06-05", "commitment:42"));
        var posted = await WirralPool.Read(await _books.Post(_books.CcgLine, "actual", 12_600_000m, "2017-05-31",
            "GL-2"));
        Assert.Equal(HttpStatusCode.Created, (await _books.Reverse(WirralPool.Id(posted), "2017-07-02",
            client: _books.CcgFinance)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _books.Import(Actuals(), Guid.NewGuid())).StatusCode);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Posted(_books.Post(_books.CcgLine, "actual",
            1_000m + i, $"2017-{9 + i % 4:00}-15", $"GL-race-{i}"))));

        var (totals, entries) = await TotalsAndEntries();

        Assert.Equal(entries, totals);
        var ledger = await _books.AllEntries();
        // Two budgets, four posts (one redelivered), a posting and its reversal, the file's 500, the 20 racing.
        Assert.Equal(528, ledger.Count);
        for (var month = 1; month <= 12; month++)
        {
            var monthEnd = new DateOnly(2017, 4, 1).AddMonths(month).AddDays(-1);
            var actual = ledger.Where(e => e.GetProperty("kind").GetString() == "actual"
                    && DateOnly.Parse(e.GetProperty("postingDate").GetString()!) <= monthEnd)
                .Sum(e => e.GetProperty("amount").GetDecimal());
            Assert.Equal(actual, (await _books.Total(month)).GetProperty("actual").GetDecimal());
        }
    }

    /// <summary>500 rows over the nine months from April, 100.25 up by a pound a row.</summary>
    private static string Actuals()
    {
        var csv = new StringBuilder("date,budgetLine,amount,reference\n");
        for (var i = 0; i < 500; i++) csv.Append($"2017-{4 + i % 9:00}-28,COUNCIL-A,{100 + i}.25,GL-file-{i}\n");
        return csv.ToString();
    }

    private static async Task Posted(Task<HttpResponseMessage> post) =>
        Assert.True((await post).IsSuccessStatusCode);

    /// <summary>The totals table, and the same figures summed from the entries, each as sorted text rows.</summary>
    private async Task<(List<string> Totals, List<string> Entries)> TotalsAndEntries()
    {
        await using var scope = _service.Services.CreateAsyncScope();
        return await MonthTotalsOf(scope.ServiceProvider.GetRequiredService<PooledFinanceStore>());
    }

    /// <summary>
    /// The totals table, and what it must hold by the entries: for each line, kind and year with entries, a row for
    /// each month from the first entry's to March, of the entries posted up to that month's end.
    /// </summary>
    internal static async Task<(List<string> Totals, List<string> Entries)> MonthTotalsOf(PooledFinanceStore store)
    {
        var totals = (await store.LedgerMonthTotals.AsNoTracking().ToListAsync())
            .Select(t => Row(t.BudgetLineId, t.Kind, t.Month, t.YearToDatePence, t.YearToDateEntries));
        var entries = (await store.LedgerEntries.AsNoTracking().ToListAsync())
            .GroupBy(e => (e.BudgetLineId, e.Kind, Year: FinancialYear.Containing(e.PostingDate)))
            .SelectMany(g => MonthsFrom(g.Min(e => e.PostingDate), g.Key.Year).Select(month =>
            {
                var toDate = g.Where(e => e.PostingDate < month.AddMonths(1)).ToList();
                return Row(g.Key.BudgetLineId, g.Key.Kind, month, toDate.Sum(e => e.AmountPence), toDate.Count);
            }));
        return (totals.Order().ToList(), entries.Order().ToList());
    }

    private static IEnumerable<DateOnly> MonthsFrom(DateOnly first, FinancialYear year)
    {
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= year.End; month = month.AddMonths(1))
            yield return month;
    }

    private static string Row(Guid line, EntryKind kind, DateOnly month, long pence, int count) =>
        $"{line} {kind} {month:yyyy-MM} {pence} x{count}";
}

public sealed class SqliteMonthTotalsTests : MonthTotalsTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresMonthTotalsTests(PostgresServer postgres) : MonthTotalsTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() => new()
    {
        ["Store:Provider"] = "Postgres",
        ["Store:ConnectionString"] = postgres.CreateDatabase("month_totals"),
    };
}

/// <summary>The schema step totals the entries a store already holds, on SQLite and on PostgreSQL.</summary>
public sealed class MonthTotalsMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public Task Entries_held_before_the_step_are_totalled_on_SQLite() =>
        SchemaUpgrades.OnSqlite("month-totals-", TotalsTheLedger);

    [Fact]
    public async Task Entries_held_before_the_step_are_totalled_on_PostgreSQL() =>
        await TotalsTheLedger(SchemaUpgrades.OnPostgres(postgres, "month_totals_migration"));

    private static async Task TotalsTheLedger(StoreOptions options)
    {
        Guid fund = Guid.NewGuid(), line = Guid.NewGuid(), council = Guid.NewGuid();
        await using (var before = UpgradedStore.Open(options))
        {
            await before.GetService<IMigrator>().MigrateAsync("20261202000002_Tenancy");
            // W 2017/18 council Pot A budget (W:615), two actuals in April and one in May.
            before.LedgerEntries.AddRange(
                Entry(fund, line, council, EntryKind.Budget, 7_390_000_000, "2017-04-01", "budget:COUNCIL-A"),
                Entry(fund, line, council, EntryKind.Actual, 125_000_050, "2017-04-30", "GL-1001"),
                Entry(fund, line, council, EntryKind.Actual, 50, "2017-04-02", "GL-1002"),
                Entry(fund, line, council, EntryKind.Actual, -125_000_050, "2017-05-05", "GL-1003"));
            await before.SaveChangesAsync();
        }

        await using var store = UpgradedStore.Open(options);
        await store.Database.MigrateAsync();

        var (totals, entries) = await MonthTotalsTests.MonthTotalsOf(store);
        Assert.Equal(entries, totals);
        Assert.Contains($"{line} Actual 2017-04 125000100 x2", totals);
        Assert.Contains($"{line} Actual 2017-05 50 x3", totals);
        Assert.Contains($"{line} Budget 2018-03 7390000000 x1", totals);
        Assert.Equal(24, totals.Count);
    }

    private static LedgerEntryRecord Entry(Guid fund, Guid line, Guid council, EntryKind kind, long pence,
        string date, string reference) => new()
    {
        Id = Guid.NewGuid(), FundId = fund, BudgetLineId = line, PartnerBodyId = council, Kind = kind,
        AmountPence = pence, PostingDate = DateOnly.Parse(date), Reference = reference, VatRecoveredBy = council,
    };
}
