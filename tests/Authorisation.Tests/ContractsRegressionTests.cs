using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Testing;
using Grpc.Core;
using static Commissioning.Identity.Roles;

namespace Authorisation.Tests;

/// <summary>
/// Issue 15's examples in contracts, each tried as Plymouth City Council (or the caller named) against the demo's
/// Wirral records: the £520-a-week care-home rate (ContractsDemo), the s75 delegation to CWP and its commitments
/// (A §3.8, £5.19m a year): each is refused as not found, lists hold none of them, and Wirral's records stay as
/// they were.
/// </summary>
public sealed class ContractsRegressionTests(ContractsWorld w) : IClassFixture<ContractsWorld>
{
    private HttpClient Plymouth(params string[] roles) => w.Client(Callers.PlymouthCouncil, roles);

    [Fact]
    public async Task Plymouth_changing_Wirrals_520_a_week_care_home_rate_to_100_is_not_found_and_the_rate_stays_520()
    {
        using var plymouth = Plymouth(Commissioner, Broker, Verifier);
        await Unchanged($"/api/v1/rate-cards/{w.RateCard}", async () =>
        {
            await NotFound(plymouth.PostAsJsonAsync($"/api/v1/rate-cards/{w.RateCard}/changes",
                new { effectiveFrom = "2019-04-01", amount = 100m }), "id");
            await NotFound(plymouth.PostAsJsonAsync($"/api/v1/rate-cards/{w.RateCard}/rates",
                new { effectiveFrom = "2030-04-01", effectiveTo = (string?)null, amount = 100m }), "id");
            await NotFound(plymouth.GetAsync($"/api/v1/rate-cards/{w.RateCard}"), "id");
            await NotFound(plymouth.GetAsync(ContractsWorld.WirralRate), "unit");
        });
        using var owner = w.Client(Callers.WirralCouncil, Commissioner);
        var rate = await WirralWorld.Get(owner, ContractsWorld.WirralRate.Replace("2018-04-02", "2019-04-02"));
        Assert.Equal(520.00m, rate.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Plymouth_reading_Wirrals_contracts_and_their_commitments_is_not_found_and_its_list_holds_none()
    {
        using var plymouth = Plymouth(Commissioner);
        await NotFound(plymouth.GetAsync($"/api/v1/contracts/{w.Contract}"), "id");
        await NotFound(plymouth.GetAsync($"/api/v1/contracts/{w.Contract}/commitments"), "id");
        await NotFound(plymouth.GetAsync($"/api/v1/contracts/{w.Contract}/monitoring"), "id");

        using var owner = w.Client(Callers.WirralCouncil, Commissioner);
        Assert.Equal([w.Contract], Ids(await WirralWorld.Get(owner, "/api/v1/contracts")));
        Assert.Empty(Ids(await WirralWorld.Get(plymouth, "/api/v1/contracts")));
    }

    [Fact]
    public async Task Plymouth_over_grpc_reads_no_contract_or_rate_of_Wirrals_and_raises_no_issue_on_its_contract()
    {
        using var clients = new PartnerClients(w.Contracts.GrpcAddress);
        var plymouth = PartnerClients.Bearer(w.Token(Callers.PlymouthCouncil, Commissioner, FinanceOfficer, Broker));
        var contracts = clients.Contracts;
        await Unchanged($"/api/v1/contracts/{w.Contract}/monitoring", async () =>
        {
            var contract = new GetContractRequest { ContractId = $"{w.Contract}" };
            await RpcNotFound(contracts.GetContractAsync(contract, plymouth).ResponseAsync);
            await RpcNotFound(contracts.RaisePerformanceIssueAsync(new RaisePerformanceIssueRequest
            {
                ContractId = $"{w.Contract}", Description = "Plymouth's complaint about Wirral's provider",
            }, plymouth).ResponseAsync);
            await RpcNotFound(contracts.GetRateInForceAsync(new GetRateInForceRequest
            {
                ServiceType = "residential-care", Locality = "Wirral West", Unit = RateUnit.Week,
                On = new Date { Year = 2018, Month = 4, Day = 2 },
            }, plymouth).ResponseAsync);
        });
        var cwps = new ListContractsRequest { ProviderCode = Callers.Cwp };
        Assert.Empty((await contracts.ListContractsAsync(cwps, plymouth)).Contracts);
    }

    [Fact]
    public async Task Plymouth_lists_only_its_own_frameworks_and_rate_cards_and_finds_no_provider_on_Wirrals_list()
    {
        using var plymouth = Plymouth(Commissioner, Broker);
        Assert.Empty(Ids(await WirralWorld.Get(plymouth, "/api/v1/frameworks")));
        Assert.Equal([w.PlymouthRateCard], Ids(await WirralWorld.Get(plymouth, "/api/v1/rate-cards")));
        var eligible = await WirralWorld.Get(plymouth,
            "/api/v1/eligible-providers?serviceType=residential-care&locality=Wirral%20West&on=2018-04-02");
        Assert.Equal(0, eligible.GetProperty("providers").GetArrayLength());
        Assert.Equal(0, eligible.GetProperty("ratesInForce").GetArrayLength());

        using var broker = w.Client(Callers.WirralCouncil, Broker);
        var wirrals = await WirralWorld.Get(broker,
            "/api/v1/eligible-providers?serviceType=residential-care&locality=Wirral%20West&on=2018-04-02");
        Assert.Equal(1, wirrals.GetProperty("providers").GetArrayLength());
    }

    [Fact]
    public async Task The_other_partner_and_a_provider_party_to_nothing_find_none_of_the_councils_delegation_to_CWP()
    {
        using var ccg = w.Client(Callers.WirralCcg, Commissioner);
        using var stranger = w.Client(Callers.Stranger, ProviderUser);
        using var cwp = w.Client(Callers.Cwp, ProviderUser);
        await NotFound(ccg.GetAsync($"/api/v1/contracts/{w.Contract}"), "id");
        await NotFound(stranger.GetAsync($"/api/v1/contracts/{w.Contract}/monitoring"), "id");
        Assert.Empty(Ids(await WirralWorld.Get(ccg, "/api/v1/contracts")));
        Assert.Empty(Ids(await WirralWorld.Get(stranger, "/api/v1/contracts")));
        Assert.Equal([w.Contract], Ids(await WirralWorld.Get(cwp, "/api/v1/contracts")));
    }

    private static IEnumerable<Guid> Ids(JsonElement list) =>
        list.EnumerateArray().Select(e => e.GetProperty("id").GetGuid());

    /// <summary>Runs <paramref name="attempt"/>; then Wirral Council reads <paramref name="path"/> unchanged.</summary>
    private async Task Unchanged(string path, Func<Task> attempt)
    {
        using var owner = w.Client(Callers.WirralCouncil, Commissioner);
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
