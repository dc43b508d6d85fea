using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Tests.Api;

/// <summary>The ledger over HTTP on the real service with its SQLite store: postings, reversals, pages, CSV actuals.</summary>
public sealed class LedgerApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private LedgerBooks _books = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _books = await LedgerBooks.Create(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private const string CouncilActuals = """
        date,budgetLine,amount,reference,description
        2017-04-30,COUNCIL-A,1250000.00,GL-1001,Residential care April
        2017-05-31,COUNCIL-A,-1200.50,GL-1002,"Credit note, duplicate invoice"
        2017-05-31,council-a,980000,GL-1003,Residential care May
        """;

    [Fact]
    public async Task A_partners_csv_is_posted_as_actuals_with_its_figures()
    {
        var response = await _books.Import(CouncilActuals, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await WirralPool.Read(response);
        Assert.Equal((false, 3, 2_228_799.50m),
            (result.GetProperty("alreadyImported").GetBoolean(), result.GetProperty("entriesPosted").GetInt32(), result.GetProperty("total").GetDecimal()));
        Assert.Equal(1_250_000m, (await _books.Total(month: 1)).GetProperty("actual").GetDecimal());
        Assert.Equal(2_228_799.50m, (await _books.Total()).GetProperty("actual").GetDecimal());
        var actuals = (await _books.AllEntries()).Where(e => e.GetProperty("kind").GetString() == "actual").ToList();
        Assert.Equal(["GL-1001", "GL-1002", "GL-1003"], actuals.Select(e => e.GetProperty("reference").GetString()));
        Assert.All(actuals, e => Assert.Equal(_books.Pool.CouncilId, e.GetProperty("vatRecoveredBy").GetGuid())); // lead commissioner (W:682)
    }

    [Fact]
    public async Task A_file_with_broken_rows_is_refused_naming_every_line_and_field_and_writes_nothing()
    {
        const string csv = """
            date,budgetLine,amount,reference
            2017-04-30,COUNCIL-A,100.00,GL-1
            2017-04-30,COUNCIL-A,100.005,GL-2
            2017-04-30,CCG-A,100.00,GL-3
            2018-04-01,COUNCIL-A,100.00,GL-4
            2017-04-30,COUNCIL-A,100.00,GL-1
            """;

        var response = await _books.Import(csv, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["line 3, amount", "line 4, budgetLine", "line 5, date", "line 6, reference"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("fraction of a penny", errors.GetProperty("line 3, amount")[0].GetString());
        Assert.Contains("another partner", errors.GetProperty("line 4, budgetLine")[0].GetString());
        Assert.Equal(2, (await _books.AllEntries()).Count); // the two budget postings only
    }

    [Fact]
    public async Task The_same_batch_sent_twice_posts_once_and_says_it_was_already_imported()
    {
        var batch = Guid.NewGuid();
        await WirralPool.Read(await _books.Import(CouncilActuals, batch));

        var again = await _books.Import(CouncilActuals, batch);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var result = await WirralPool.Read(again);
        Assert.Equal((true, 0), (result.GetProperty("alreadyImported").GetBoolean(), result.GetProperty("entriesPosted").GetInt32()));
        Assert.Equal(2_228_799.50m, (await _books.Total()).GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task Actuals_already_posted_under_another_batch_are_refused_by_line()
    {
        await WirralPool.Read(await _books.Import(CouncilActuals, Guid.NewGuid()));

        var response = await _books.Import(CouncilActuals, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["line 2, reference", "line 3, reference", "line 4, reference"], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task An_import_needs_a_batch_id_a_csv_body_and_a_finance_role()
    {
        var noBatch = await _books.Finance.PostAsync($"/api/v1/funds/{_books.Pool.FundId}/actuals-imports?financialYear=2017/18",
            new StringContent(CouncilActuals, Encoding.UTF8, "text/csv"));
        var json = await _books.Finance.PostAsync($"/api/v1/funds/{_books.Pool.FundId}/actuals-imports?financialYear=2017/18&batchId={Guid.NewGuid()}",
            new StringContent("{}", Encoding.UTF8, "application/json"));
        using var auditor = _service.ClientFor("E08000015", Roles.Auditor);

        await PartnerPool.Refused(Task.FromResult(noBatch), HttpStatusCode.BadRequest, "batchId",
            LedgerRules.ImportNamed);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _books.Import(CouncilActuals, Guid.NewGuid(), auditor)).StatusCode);
        Assert.Equal(2, (await _books.AllEntries()).Count);
    }

    [Fact]
    public async Task Ten_thousand_rows_import_in_one_batch()
    {
        var csv = new StringBuilder("date,budgetLine,amount,reference\n");
        for (var i = 0; i < 10_000; i++) csv.Append($"2017-{4 + i % 9:00}-15,COUNCIL-A,{1 + i % 500}.{i % 100:00},GL-{i}\n");

        var result = await WirralPool.Read(await _books.Import(csv.ToString(), Guid.NewGuid()));

        var expected = Enumerable.Range(0, 10_000).Sum(i => 1 + i % 500 + i % 100 / 100m);
        Assert.Equal((10_000, expected), (result.GetProperty("entriesPosted").GetInt32(), result.GetProperty("total").GetDecimal()));
        Assert.Equal(expected, (await _books.Total()).GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task A_reversal_cancels_an_entry_once_and_is_never_reversed_itself()
    {
        var entry = await WirralPool.Read(await _books.Post(_books.CouncilLine, "actual", 27_820.00m, "2017-06-05", "INV-77"));

        var reversal = await WirralPool.Read(await _books.Reverse(WirralPool.Id(entry), "2017-06-12"));

        Assert.Equal((-27_820.00m, WirralPool.Id(entry)), (reversal.GetProperty("amount").GetDecimal(), reversal.GetProperty("reversesEntryId").GetGuid()));
        Assert.Equal(0m, (await _books.Total()).GetProperty("actual").GetDecimal());
        await PartnerPool.Refused(_books.Reverse(WirralPool.Id(entry), "2017-06-13"),
            HttpStatusCode.UnprocessableEntity, "entryId", LedgerRules.ReversedOnce);
        await PartnerPool.Refused(_books.Reverse(WirralPool.Id(reversal), "2017-06-13"),
            HttpStatusCode.UnprocessableEntity, "entryId", LedgerRules.ReversalNotReversed);
        Assert.Equal(HttpStatusCode.NotFound, (await _books.Reverse(Guid.NewGuid(), "2017-06-13")).StatusCode);
        var march = await WirralPool.Read(await _books.Post(_books.CouncilLine, "actual", 500m, "2018-03-31", "INV-78"));
        await PartnerPool.Refused(_books.Reverse(WirralPool.Id(march), "2018-04-01"), HttpStatusCode.BadRequest,
            "postingDate", LedgerRules.ReversalInItsYear); // stays in its year
        Assert.Equal(5, (await _books.AllEntries()).Count);
    }

    [Fact]
    public async Task The_ledger_is_read_in_pages_in_posting_order()
    {
        for (var i = 1; i <= 7; i++) await WirralPool.Read(await _books.Post(_books.CcgLine, "actual", 1_000m * i, "2017-07-31", $"INV-{i}"));

        var first = await _books.Page("?limit=4");
        var second = await _books.Page($"?limit=4&after={first.GetProperty("nextAfter").GetString()}");
        var third = await _books.Page($"?limit=4&after={second.GetProperty("nextAfter").GetString()}");

        var references = new[] { first, second, third }.SelectMany(p => p.GetProperty("entries").EnumerateArray())
            .Select(e => e.GetProperty("reference").GetString()).ToList();
        Assert.Equal(["budget:2017/18:COUNCIL-A", "budget:2017/18:CCG-A", "INV-1", "INV-2", "INV-3", "INV-4", "INV-5", "INV-6", "INV-7"], references);
        Assert.Equal(JsonValueKind.Null, third.GetProperty("nextAfter").ValueKind);
        await PartnerPool.Refused(_books.Finance.GetAsync($"/api/v1/funds/{_books.Pool.FundId}/ledger?limit=0"),
            HttpStatusCode.BadRequest, "limit", PooledFinanceApiRules.LedgerPageSize);
        Assert.Equal(HttpStatusCode.NotFound, (await _books.Finance.GetAsync($"/api/v1/funds/{_books.Pool.FundId}/ledger?after={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(9, (await _books.Page()).GetProperty("entries").GetArrayLength()); // default page: 500
    }

    [Fact]
    public async Task Concurrent_posts_of_one_commitment_leave_one_entry()
    {
        var posts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _books.Post(_books.CouncilLine, "commitment", 27_820.00m, "2017-06-05", "commitment:42")));

        var ids = await Task.WhenAll(posts.Select(async p => WirralPool.Id(await WirralPool.Read(p))));
        Assert.Single(ids.Distinct());
        Assert.Equal(27_820.00m, (await _books.Total()).GetProperty("committed").GetDecimal());
    }

    [Fact]
    public async Task A_line_code_is_used_once_per_fund_and_year()
    {
        var response = await _books.Finance.PostAsJsonAsync($"/api/v1/funds/{_books.Pool.FundId}/budget-lines", new
        {
            ownerBodyId = _books.Pool.CouncilId, financialYear = "2017/18", code = "council-a", name = "Again", pot = "a", amount = 1m,
            riskAssessment = new { reference = "RA", assessedBy = "JFG", assessedOn = "2017-03-15" },
        });

        await PartnerPool.Refused(Task.FromResult(response), HttpStatusCode.Conflict, "code",
            LedgerRules.LineCodeOnceAYear);
    }
}
