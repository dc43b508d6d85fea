using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Testing;

namespace PooledFinance.Tests.Api;

/// <summary>
/// W's Better Care Fund 2017/18 through the API (W:398): the council gives £22.5m (with iBCF) and the
/// CCG £25.5m, and the fund is stated as £47.9m; the £0.1m disagreement is listed, not rounded away.
/// </summary>
public sealed class ReconciliationApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private LedgerBooks _books = null!;
    private Guid _bcf;
    private Guid _councilBcf;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _books = await LedgerBooks.Create(_service);
        _bcf = WirralPool.Id(await WirralPool.Read(await _books.Finance.PostAsJsonAsync($"/api/v1/agreements/{_books.Pool.AgreementId}/funds", new
        {
            name = "Wirral Better Care Fund", kind = "better-care-fund", hostBodyId = _books.Pool.CouncilId, poolManager = "Director of Finance",
            vatModel = "lead-commissioner",
        })));
        _councilBcf = await LedgerBooks.AddLine(_books.Finance, _bcf, "BCF-COUNCIL", _books.Pool.CouncilId, 22_500_000m);
        await LedgerBooks.AddLine(_books.CcgFinance, _bcf, "BCF-CCG", _books.Pool.CcgId, 25_500_000m);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_BCF_lines_tie_with_the_ledger_but_the_stated_47_9m_does_not_W_L398()
    {
        var ledgerOnly = await Get();
        var stated = await Post(new { financialYear = "2017/18", fundTotal = 47_900_000m });

        Assert.Equal((true, 2), (ledgerOnly.GetProperty("ties").GetBoolean(), ledgerOnly.GetProperty("checksMade").GetInt32()));
        var discrepancy = Assert.Single(stated.GetProperty("discrepancies").EnumerateArray());
        Assert.Equal(("2017/18 fund total against the sum of its lines", 47_900_000m, 48_000_000m, -100_000m),
            (discrepancy.GetProperty("where").GetString(), discrepancy.GetProperty("stated").GetDecimal(),
             discrepancy.GetProperty("computed").GetDecimal(), discrepancy.GetProperty("difference").GetDecimal()));
    }

    [Fact]
    public async Task A_budget_posted_to_the_ledger_beside_its_line_is_listed_against_the_line()
    {
        await WirralPool.Read(await _books.Finance.PostAsJsonAsync($"/api/v1/funds/{_bcf}/ledger", new
        {
            budgetLineId = _councilBcf, kind = "budget", amount = 100_000m, postingDate = "2017-09-01", reference = "virement:DFG",
        }));

        var report = await Get();

        var discrepancy = Assert.Single(report.GetProperty("discrepancies").EnumerateArray());
        Assert.Equal(("2017/18 BCF-COUNCIL budget line against its ledger budget", 22_500_000m, 22_600_000m),
            (discrepancy.GetProperty("where").GetString(), discrepancy.GetProperty("stated").GetDecimal(), discrepancy.GetProperty("computed").GetDecimal()));
    }

    [Fact]
    public async Task Plymouths_plan_tables_are_listed_where_their_totals_differ_from_their_lines_P_L317_P_L332()
    {
        // P:L306-317 (£k): 2016/17 lines add up to 449,163, stated 449,161; 2015/16 ties at 448,223.
        var report = await Post(new
        {
            financialYear = "2017/18",
            tables = new[]
            {
                Table("2015/16 Total Planned Spend", 448_223, [17_158, 184_408, 109_829, 151_414, 18_142, -32_728, 0]),
                Table("2016/17 Total Planned Spend", 449_161, [17_158, 183_254, 112_820, 150_421, 18_240, -32_730, 0]),
            },
        });

        var discrepancy = Assert.Single(report.GetProperty("discrepancies").EnumerateArray());
        Assert.Equal(("2016/17 Total Planned Spend", 449_161_000m, 449_163_000m, -2_000m),
            (discrepancy.GetProperty("where").GetString(), discrepancy.GetProperty("stated").GetDecimal(),
             discrepancy.GetProperty("computed").GetDecimal(), discrepancy.GetProperty("difference").GetDecimal()));
        Assert.Equal(4, report.GetProperty("checksMade").GetInt32());
    }

    [Fact]
    public async Task A_stated_line_not_in_the_fund_is_refused_naming_it()
    {
        var response = await _books.Finance.PostAsJsonAsync($"/api/v1/funds/{_bcf}/reconciliation",
            new { financialYear = "2017/18", lines = new[] { new { code = "BCF-DFG", amount = 1m } } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("lines[0].code", out _));
    }

    private static object Table(string where, decimal totalK, decimal[] partsK) => new
    {
        where, total = totalK * 1_000m, parts = partsK.Select((k, i) => new { name = $"line {i + 1}", amount = k * 1_000m }),
    };

    private async Task<JsonElement> Get() =>
        await WirralPool.Read(await _books.Finance.GetAsync($"/api/v1/funds/{_bcf}/reconciliation?financialYear=2017/18"));

    private async Task<JsonElement> Post(object body) =>
        await WirralPool.Read(await _books.Finance.PostAsJsonAsync($"/api/v1/funds/{_bcf}/reconciliation", body));
}
