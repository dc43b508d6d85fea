using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Funds;

namespace PooledFinance.Tests.Api;

/// <summary>The pooled-finance service over HTTP on real Kestrel, with W's 2017/18 pots (W:615-618).</summary>
public sealed class FundsApiTests : WirralPoolTest
{
    [Fact]
    public async Task Pot_A_lines_enter_the_pool_and_the_position_adds_them_up()
    {
        // W 2017/18 (£m): Council A 73.9, CCG A 420.2, Public Health A 25.6: 519.7 pooled.
        await Line("COUNCIL-A", Pool.CouncilId, "A", 73_900_000m);
        await Line("CCG-A", Pool.CcgId, "A", 420_200_000m);
        await Line("PH-A", Pool.CouncilId, "A", 25_600_000m);

        var position = await Get($"/api/v1/funds/{Pool.FundId}/position?financialYear=2017/18&month=12");
        var total = position.GetProperty("total");
        Assert.Equal(519_700_000m, total.GetProperty("budget").GetDecimal());
        Assert.Equal(0m, total.GetProperty("variance").GetDecimal());
        var council = position.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("partnerBodyId").GetGuid() == Pool.CouncilId);
        Assert.Equal(99_500_000m, council.GetProperty("figures").GetProperty("budget").GetDecimal());
    }

    [Fact]
    public async Task A_pot_D_line_never_enters_the_pool_and_nothing_is_written()
    {
        var response = await CcgFinance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/budget-lines", LineBody("CCG-D", Pool.CcgId, "D", 15_700_000m));
        await CareJourney.AssertProblemNames(response, HttpStatusCode.Forbidden, "pot",
            BudgetLineRules.PotDStaysWithItsBody);
        Assert.True((await WirralPool.Read(await Finance.GetAsync($"/api/v1/funds/{Pool.FundId}/budget-lines"))).GetArrayLength() == 0);
    }

    [Fact]
    public async Task A_pooled_line_without_a_risk_assessment_is_refused_naming_the_field()
    {
        var response = await CcgFinance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/budget-lines", new
        {
            ownerBodyId = Pool.CcgId, financialYear = "2017/18", code = "CCG-A", name = "CCG pooled", pot = "a", amount = 420_200_000m,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("riskAssessment", out _), problem.ToString());
    }

    [Fact]
    public async Task A_commitment_posted_twice_with_one_reference_is_counted_once()
    {
        var line = await Line("COUNCIL-A", Pool.CouncilId, "A", 73_900_000m);
        var posting = new { budgetLineId = line, kind = "commitment", amount = 1_250.50m, postingDate = "2017-06-01", reference = "package:42" };
        var first = await WirralPool.Read(await Finance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/ledger", posting));
        var again = await WirralPool.Read(await Finance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/ledger", posting));
        Assert.Equal(WirralPool.Id(first), WirralPool.Id(again));
        var position = await Get($"/api/v1/funds/{Pool.FundId}/position?financialYear=2017/18&month=3");
        Assert.Equal(1_250.50m, position.GetProperty("total").GetProperty("committed").GetDecimal());
        var changed = await Finance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/ledger", posting with { });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var conflicting = await Finance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/ledger",
            new { budgetLineId = line, kind = "commitment", amount = 2_000m, postingDate = "2017-06-01", reference = "package:42" });
        Assert.Equal(HttpStatusCode.Conflict, conflicting.StatusCode);
    }

    [Fact]
    public async Task A_provider_user_cannot_read_the_pool()
    {
        using var provider = Service.ClientFor("RXA", Roles.ProviderUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync($"/api/v1/funds/{Pool.FundId}")).StatusCode);
    }

    [Fact]
    public async Task Every_partner_reads_the_whole_pool_but_changes_only_its_own_lines_and_other_partnerships_read_nothing_W_716()
    {
        var councilLine = await Line("COUNCIL-A", Pool.CouncilId, "A", 73_900_000m);
        await Line("CCG-A", Pool.CcgId, "A", 420_200_000m);
        using var plymouth = Service.ClientFor("E06000026", Roles.FinanceOfficer, Roles.PoolManager);
        var position = $"/api/v1/funds/{Pool.FundId}/position?financialYear=2017/18&month=12";

        // Open book: the CCG reads the council's line in the position.
        Assert.Equal(494_100_000m, (await Get(position, CcgFinance)).GetProperty("total").GetProperty("budget").GetDecimal());
        // But posts nothing to it, adds no line for the council, and another partnership sees nothing of the pool.
        await CareJourney.AssertProblemNames(await CcgFinance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/ledger",
            new { budgetLineId = councilLine, kind = "actual", amount = 1_000m, postingDate = "2017-06-01",
                reference = "GL-1" }), HttpStatusCode.Forbidden, "budgetLineId",
            PoolAccessRules.PartnersOwnRecordsOnly);
        await CareJourney.AssertProblemNames(await CcgFinance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/budget-lines",
            LineBody("COUNCIL-B", Pool.CouncilId, "A", 1_000m)), HttpStatusCode.Forbidden, "budgetLineId",
            PoolAccessRules.PartnersOwnRecordsOnly);
        foreach (var path in new[] { position, $"/api/v1/funds/{Pool.FundId}", $"/api/v1/funds/{Pool.FundId}/budget-lines", $"/api/v1/funds/{Pool.FundId}/ledger",
                     $"/api/v1/agreements/{Pool.AgreementId}/funds", $"/api/v1/funds/{Pool.FundId}/reconciliation?financialYear=2017/18" })
            Assert.Equal(HttpStatusCode.NotFound, (await plymouth.GetAsync(path)).StatusCode);
        Assert.Equal(2, (await Get($"/api/v1/funds/{Pool.FundId}/budget-lines", CcgFinance)).GetArrayLength());
        Assert.Equal(0m, (await Get(position, CcgFinance)).GetProperty("total").GetProperty("actual").GetDecimal());
    }

    private async Task<Guid> Line(string code, Guid owner, string pot, decimal amount) =>
        WirralPool.Id(await WirralPool.Read(await (owner == Pool.CcgId ? CcgFinance : Finance).PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/budget-lines", LineBody(code, owner, pot, amount))));

    private static object LineBody(string code, Guid owner, string pot, decimal amount) => new
    {
        ownerBodyId = owner, financialYear = "2017/18", code, name = code, pot = pot.ToLowerInvariant(), amount,
        riskAssessment = new { reference = "RA-2017-03", assessedBy = "Joint Finance Group", assessedOn = "2017-03-15" },
    };

    private async Task<JsonElement> Get(string path, HttpClient? client = null) => await WirralPool.Read(await (client ?? Finance).GetAsync(path));
}
