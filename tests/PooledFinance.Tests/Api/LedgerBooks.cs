using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;

namespace PooledFinance.Tests.Api;

/// <summary>
/// W's pool through the API with two 2017/18 Pot A lines (council £73.9m, CCG £420.2m; W:615) and the
/// calls the ledger tests make: post, reverse, import a CSV, read pages and the position.
/// </summary>
public sealed class LedgerBooks
{
    private LedgerBooks(HttpClient finance, HttpClient ccgFinance, WirralPool pool, Guid councilLine, Guid ccgLine)
    {
        Finance = finance;
        CcgFinance = ccgFinance;
        Pool = pool;
        CouncilLine = councilLine;
        CcgLine = ccgLine;
    }

    /// <summary>The council's finance officer and pool manager.</summary>
    public HttpClient Finance { get; }
    /// <summary>The CCG's finance officer: a partner changes only its own body's lines.</summary>
    public HttpClient CcgFinance { get; }
    public WirralPool Pool { get; }
    public Guid CouncilLine { get; }
    public Guid CcgLine { get; }
    private string Fund => $"/api/v1/funds/{Pool.FundId}";

    public static async Task<LedgerBooks> Create(ServiceUnderTest<Program> service)
    {
        var finance = service.ClientFor("E08000015", Roles.FinanceOfficer, Roles.PoolManager);
        var pool = await WirralPool.Create(service.ClientFor("E08000015", Roles.Commissioner), finance);
        var council = await AddLine(finance, pool.FundId, "COUNCIL-A", pool.CouncilId, 73_900_000m);
        var ccgFinance = service.ClientFor("12F", Roles.FinanceOfficer);
        var ccg = await AddLine(ccgFinance, pool.FundId, "CCG-A", pool.CcgId, 420_200_000m);
        return new LedgerBooks(finance, ccgFinance, pool, council, ccg);
    }

    public static async Task<Guid> AddLine(HttpClient finance, Guid fundId, string code, Guid owner, decimal amount) =>
        WirralPool.Id(await WirralPool.Read(await finance.PostAsJsonAsync($"/api/v1/funds/{fundId}/budget-lines", new
        {
            ownerBodyId = owner, financialYear = "2017/18", code, name = code, pot = "a", amount,
            riskAssessment = new { reference = "RA-2017-03", assessedBy = "Joint Finance Group", assessedOn = "2017-03-15" },
        })));

    /// <summary>Posts as the finance officer of the body owning the line.</summary>
    public Task<HttpResponseMessage> Post(Guid line, string kind, decimal amount, string date, string reference) =>
        (line == CcgLine ? CcgFinance : Finance).PostAsJsonAsync($"{Fund}/ledger", new { budgetLineId = line, kind, amount, postingDate = date, reference });

    public Task<HttpResponseMessage> Reverse(Guid entryId, string date, string reason = "posted to the wrong line", HttpClient? client = null) =>
        (client ?? Finance).PostAsJsonAsync($"{Fund}/ledger/{entryId}/reversal", new { postingDate = date, reason });

    public Task<HttpResponseMessage> Import(string csv, Guid batchId, HttpClient? client = null) =>
        (client ?? Finance).PostAsync($"{Fund}/actuals-imports?financialYear=2017/18&batchId={batchId}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    public async Task<JsonElement> Page(string query = "") => await WirralPool.Read(await Finance.GetAsync($"{Fund}/ledger{query}"));

    /// <summary>Every entry, page by page.</summary>
    public async Task<List<JsonElement>> AllEntries()
    {
        var entries = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await Page(after is null ? "?limit=1000" : $"?limit=1000&after={after}");
            entries.AddRange(page.GetProperty("entries").EnumerateArray());
            after = page.GetProperty("nextAfter").GetString();
        } while (after is not null);
        return entries;
    }

    public async Task<JsonElement> Total(int month = 12) =>
        (await WirralPool.Read(await Finance.GetAsync($"{Fund}/position?financialYear=2017/18&month={month}"))).GetProperty("total");
}
