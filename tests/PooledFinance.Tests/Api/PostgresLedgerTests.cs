using System.Net;
using System.Text;
using Commissioning.Testing;

namespace PooledFinance.Tests.Api;

/// <summary>
/// The ledger on PostgreSQL, the production store: the same migration, and the unique indexes holding
/// the ledger's rules between truly concurrent writers (PostgreSQL does not serialise them as SQLite does).
/// </summary>
public sealed class PostgresLedgerTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private LedgerBooks _books = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = postgres.CreateDatabase("ledger"),
        });
        _books = await LedgerBooks.Create(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Concurrent_posts_of_one_commitment_leave_one_entry_and_every_caller_gets_it_or_a_409()
    {
        var posts = await Task.WhenAll(Enumerable.Range(0, 16)
            .Select(_ => _books.Post(_books.CouncilLine, "commitment", 27_820.00m, "2017-06-05", "commitment:pkg-42")));

        Assert.All(posts, p => Assert.Contains(p.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var ids = await Task.WhenAll(posts.Where(p => p.IsSuccessStatusCode).Select(async p => WirralPool.Id(await WirralPool.Read(p))));
        Assert.Single(ids.Distinct());
        Assert.Single(await _books.AllEntries(), e => e.GetProperty("kind").GetString() == "commitment");
        Assert.Equal(27_820.00m, (await _books.Total()).GetProperty("committed").GetDecimal());
    }

    [Fact]
    public async Task Concurrent_reversals_of_one_entry_leave_one_reversal()
    {
        var entry = WirralPool.Id(await WirralPool.Read(await _books.Post(_books.CcgLine, "actual", 12_600_000m, "2017-04-30", "GL-April")));

        var reversals = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _books.Reverse(entry, "2017-05-02", client: _books.CcgFinance)));

        Assert.Single(reversals, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(reversals.Where(r => r.StatusCode != HttpStatusCode.Created),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity }));
        Assert.Equal(0m, (await _books.Total()).GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task One_batch_sent_concurrently_is_copied_in_once()
    {
        var csv = new StringBuilder("date,budgetLine,amount,reference\n");
        for (var i = 0; i < 2_000; i++) csv.Append($"2017-{4 + i % 12 % 9:00}-28,COUNCIL-A,{100 + i}.25,GL-{i}\n");
        var batch = Guid.NewGuid();

        var imports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _books.Import(csv.ToString(), batch)));

        Assert.Single(imports, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(imports.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var expected = Enumerable.Range(0, 2_000).Sum(i => 100.25m + i);
        Assert.Equal(expected, (await _books.Total()).GetProperty("actual").GetDecimal());
    }
}
