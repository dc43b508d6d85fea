using System.Net;
using System.Net.Http.Json;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Finance.V1;
using Commissioning.Testing;
using Grpc.Core;
using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Issue 15's examples in pooled finance, each tried as Plymouth City Council (or the caller the issue
/// names) against the demo's Wirral pool: each is refused, and Wirral's pool read back by its owner is unchanged.
/// </summary>
public sealed class PooledFinanceRegressionTests(WirralWorld w) : IClassFixture<WirralWorld>
{
    private HttpClient Plymouth(params string[] roles) => w.Client(Callers.PlymouthCouncil, roles);

    [Fact]
    public async Task Plymouth_serving_notice_on_and_terminating_Wirrals_agreement_is_not_found_and_leaves_it_in_force()
    {
        using var plymouth = Plymouth(Commissioner, PoolManager);
        await Unchanged($"/api/v1/agreements/{w.Agreement}", async () =>
        {
            await NotFound(plymouth.PostAsJsonAsync($"/api/v1/agreements/{w.Agreement}/notice", new { servedBy = w.CouncilBody, servedOn = "2018-01-02" }), "id");
            await NotFound(plymouth.PostAsJsonAsync($"/api/v1/agreements/{w.Agreement}/termination", new { on = "2018-06-30" }), "id");
        });
    }

    [Fact]
    public async Task Plymouth_drafting_an_agreement_in_Wirrals_partnership_is_not_found()
    {
        using var plymouth = Plymouth(Commissioner);
        await Unchanged($"/api/v1/partnerships/{w.Partnership}/agreements", () => NotFound(plymouth.PostAsJsonAsync(
            $"/api/v1/partnerships/{w.Partnership}/agreements", new
            {
                title = "Plymouth's take-over", aims = new[] { "Aim" }, functions = new[] { "Function" }, termStart = "2019-04-01",
                termEnd = (string?)null, firstAnnualReview = "2020-03-31", noticePeriodMonths = 3,
            }), "partnershipId"));
    }

    [Fact]
    public async Task Plymouth_adding_itself_as_a_body_of_Wirrals_partnership_is_not_found()
    {
        using var plymouth = Plymouth(Commissioner);
        await Unchanged($"/api/v1/partnerships/{w.Partnership}", () => NotFound(plymouth.PostAsJsonAsync(
            $"/api/v1/partnerships/{w.Partnership}/bodies", new { name = "Plymouth City Council", kind = "council", code = Callers.PlymouthCouncil }), "id"));
    }

    [Fact]
    public async Task Plymouth_recording_a_funding_change_on_Wirral_Councils_body_is_not_found()
    {
        using var plymouth = Plymouth(FinanceOfficer, PoolManager);
        await Unchanged($"/api/v1/agreements/{w.Agreement}", () => NotFound(plymouth.PostAsJsonAsync(
            $"/api/v1/agreements/{w.Agreement}/funding-changes", new
            {
                partnerBodyId = w.CouncilBody, kind = "reduction", description = "Cut", financialYear = "2017/18",
                annualImpact = -1_000_000m, recordedOn = "2017-06-01",
            }), "id"));
    }

    [Fact]
    public async Task Plymouth_over_grpc_records_no_commitment_in_and_reads_no_position_or_headroom_of_Wirrals_fund()
    {
        using var clients = new PartnerClients(w.Finance.GrpcAddress);
        var token = PartnerClients.Bearer(PartnerUser.Token(Callers.PlymouthCouncil, FinanceOfficer, Verifier));
        var year = new FinancialYear { StartYear = 2017 };
        var money = new Money { Pence = 100_000_000, CurrencyCode = "GBP" };
        await Unchanged($"/api/v1/funds/{w.Fund}/ledger?limit=500", async () =>
        {
            await RpcNotFound(clients.Finance.RecordCommitmentAsync(new RecordCommitmentRequest
            {
                CommitmentId = Guid.NewGuid().ToString(), BudgetLineId = w.CouncilLine.ToString(), SourceId = Guid.NewGuid().ToString(),
                Amount = money, EffectiveFrom = new Date { Year = 2017, Month = 6, Day = 1 }, FinancialYear = year,
            }, token).ResponseAsync);
            await RpcNotFound(clients.Finance.GetFundPositionAsync(new GetFundPositionRequest
            {
                FundId = w.Fund.ToString(), Period = new Period { FinancialYear = year, Month = 6 },
            }, token).ResponseAsync);
            await RpcNotFound(clients.Finance.CheckHeadroomAsync(new CheckHeadroomRequest
            {
                BudgetLineId = w.CouncilLine.ToString(), Amount = money, FinancialYear = year,
            }, token).ResponseAsync);
        });
    }

    [Fact]
    public async Task An_hr_officer_of_a_partner_reads_neither_partnerships_nor_agreements()
    {
        using var hr = w.Client(Callers.WirralCouncil, HrOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.GetAsync("/api/v1/partnerships")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.GetAsync($"/api/v1/partnerships/{w.Partnership}/agreements")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.GetAsync($"/api/v1/agreements/{w.Agreement}")).StatusCode);
    }

    [Fact]
    public async Task A_token_lists_only_the_partnerships_its_organisation_is_a_body_of()
    {
        using var plymouth = Plymouth(Commissioner);
        var listed = await WirralWorld.Get(plymouth, "/api/v1/partnerships");
        Assert.Equal([w.PlymouthPartnership], listed.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
        await NotFound(plymouth.GetAsync($"/api/v1/partnerships/{w.Partnership}"), "id");
        await NotFound(plymouth.GetAsync($"/api/v1/partnerships/{w.Partnership}/agreements"), "partnershipId");
    }

    [Fact]
    public async Task An_unknown_partnership_id_is_not_found_rather_than_an_empty_list()
    {
        using var owner = w.Client(Callers.WirralCouncil, Commissioner);
        await NotFound(owner.GetAsync($"/api/v1/partnerships/{Guid.NewGuid()}/agreements"), "partnershipId");
    }

    /// <summary>Runs <paramref name="attempt"/> and asserts Wirral's owner reads <paramref name="path"/> as before.</summary>
    private async Task Unchanged(string path, Func<Task> attempt)
    {
        using var owner = w.Client(Callers.WirralCouncil, FinanceOfficer, Commissioner);
        var before = await (await owner.GetAsync(path)).Content.ReadAsStringAsync();
        await attempt();
        Assert.Equal(before, await (await owner.GetAsync(path)).Content.ReadAsStringAsync());
    }

    private static async Task NotFound(Task<HttpResponseMessage> sending, string field)
    {
        using var response = await sending;
        await CareJourney.AssertProblemNames(response, HttpStatusCode.NotFound, field);
    }

    private static async Task RpcNotFound<T>(Task<T> call)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }
}
