using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Contracts.V1;
using Commissioning.Testing;
using Grpc.Core;
using static Contracts.Tests.Api.WirralMarket;

namespace Contracts.Tests.Api;

/// <summary>
/// commissioning.contracts.v1.ContractsService on the service's own h2c gRPC port, called with the
/// generated client as the platform registers it, on the same market the REST tests build (W:414, A's s75 delegation).
/// The service's clock stands at Friday 14 December 2018, in the s75 contract's first year.
/// </summary>
public sealed class ContractsGrpcTests : IAsyncLifetime
{
    private static readonly Date April2018 = new() { Year = 2018, Month = 4, Day = 2 };
    private static readonly DateTimeOffset Friday14December2018 = new(2018, 12, 14, 10, 0, 0, TimeSpan.Zero);
    private PartnerClients _clients = null!;
    private ContractsGrpcHost _service = null!;
    private ContractsService.ContractsServiceClient _client = null!;
    private WirralMarket _market = null!;
    private HttpClient _council = null!;
    private Guid _contract;

    public async Task InitializeAsync()
    {
        _service = new ContractsGrpcHost(Friday14December2018);
        var council = _service.RestClientFor(WirralCouncil, Roles.Commissioner);
        _council = council;
        _clients = new PartnerClients(new Uri($"http://127.0.0.1:{_service.GrpcPort}"));
        _client = _clients.Contracts;
        _market = await WirralMarket.Create(council);
        var framework = Id(await Read(await council.PostAsJsonAsync("/api/v1/frameworks", new
        {
            name = "Wirral single provider framework", opensOn = "2018-04-01", closesOn = (string?)null, requiresLivingWage = true,
            lots = new[] { new { serviceType = "residential-care", locality = "Wirral West" } },
        })));
        await Read(await council.PostAsJsonAsync($"/api/v1/frameworks/{framework}/admissions", new
        {
            providerId = _market.CareHomeId, admittedOn = "2018-04-01", lots = new[] { new { serviceType = "residential-care", locality = "Wirral West" } },
        }));
        await Read(await council.PutAsJsonAsync($"/api/v1/providers/{_market.CareHomeId}/capacity", new { serviceType = "residential-care", locality = "Wirral West", places = 4 }));
        var card = Id(await Read(await council.PostAsJsonAsync("/api/v1/rate-cards", new { serviceType = "residential-care", locality = "Wirral West", unit = "per-week" })));
        await Read(await council.PostAsJsonAsync($"/api/v1/rate-cards/{card}/rates", new { effectiveFrom = "2018-04-01", effectiveTo = "2019-03-31", amount = 520.00m }));
        _contract = Id(await Read(await council.PostAsJsonAsync("/api/v1/contracts", _market.S75Award())));
    }

    public async Task DisposeAsync()
    {
        _clients.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Eligibility_names_every_reason_a_provider_is_barred()
    {
        var careHome = await _client.CheckProviderEligibilityAsync(EligibilityOf(CareHome), As(WirralCouncil, Roles.Broker));
        var cwp = await _client.CheckProviderEligibilityAsync(EligibilityOf(Cwp), As(WirralCouncil, Roles.Broker));

        Assert.True(careHome.Eligible);
        Assert.Equal(CqcRating.Good, careHome.CqcRating);
        Assert.False(cwp.Eligible);
        Assert.Equal([IneligibilityReason.NotOnFramework, IneligibilityReason.NoCapacity], cwp.Reasons);
    }

    [Fact]
    public async Task Eligible_providers_stream_with_their_living_wage_and_the_rate_in_force_is_in_pence()
    {
        var listed = new List<ListEligibleProvidersResponse>();
        using var stream = _client.ListEligibleProviders(
            new ListEligibleProvidersRequest { ServiceType = "residential-care", Locality = "Wirral West", On = April2018 }, As(WirralCouncil, Roles.Broker));
        await foreach (var provider in stream.ResponseStream.ReadAllAsync())
            listed.Add(provider);
        var rate = await _client.GetRateInForceAsync(new GetRateInForceRequest
        {
            ServiceType = "residential-care", Locality = "Wirral West", Unit = RateUnit.Week, On = April2018,
        }, As(WirralCouncil, Roles.Verifier));

        var only = Assert.Single(listed);
        Assert.Equal((CareHome, true), (only.Provider.Code, only.PaysLivingWage));
        Assert.Equal(52_000, rate.Rate.Pence);
        Assert.Equal(new Date { Year = 2019, Month = 3, Day = 31 }, rate.EffectiveTo);
    }

    [Fact]
    public async Task A_contract_is_read_by_its_parties_and_not_found_by_the_other_partner_or_another_provider()
    {
        var request = new GetContractRequest { ContractId = _contract.ToString() };

        var byFinance = await _client.GetContractAsync(request, As(WirralCouncil, Roles.FinanceOfficer));
        var byCwp = await _client.GetContractAsync(request, As(Cwp, Roles.ProviderUser));
        var byCcg = await RpcRefusals.Refused(() => _client.GetContractAsync(request, As(WirralCcg,
            Roles.FinanceOfficer)));
        var byOther = await RpcRefusals.Refused(() => _client.GetContractAsync(request, As(CareHome, Roles.ProviderUser)));
        var anonymous = await RpcRefusals.Refused(() => _client.GetContractAsync(request));

        Assert.Equal((519_000_000L, ContractType.Section75Delegation), (byFinance.Contract.AnnualValue.Pence, byFinance.Contract.Type));
        Assert.Equal("WIR-S75-2018-01", byCwp.Contract.Reference);
        // Issue 15: the council's delegation to CWP names neither the CCG nor the care home, so neither finds it.
        Assert.Equal((StatusCode.NotFound, "contractId"), (byCcg.StatusCode, byCcg.Field()));
        Assert.Equal(StatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_new_CQC_rating_takes_effect_in_the_eligibility_answer_at_once()
    {
        // Anchors B.7 (Oxfordshire DPS): an Inadequate overall CQC rating excludes; re-rated Good, the provider is eligible again.
        var ratings = $"/api/v1/providers/{_market.CareHomeId}/cqc-ratings";
        await Read(await _council.PostAsJsonAsync(ratings, new { rating = "inadequate", ratedOn = "2018-05-01" }));
        var whileInadequate = await _client.CheckProviderEligibilityAsync(EligibilityOf(CareHome), As(WirralCouncil, Roles.Broker));
        await Read(await _council.PostAsJsonAsync(ratings, new { rating = "good", ratedOn = "2018-09-14" }));
        var reRated = await _client.CheckProviderEligibilityAsync(EligibilityOf(CareHome), As(WirralCouncil, Roles.Broker));

        Assert.Equal((false, CqcRating.Inadequate), (whileInadequate.Eligible, whileInadequate.CqcRating));
        Assert.Equal([IneligibilityReason.CqcInadequate], whileInadequate.Reasons);
        Assert.Equal((true, CqcRating.Good), (reRated.Eligible, reRated.CqcRating));
    }

    [Fact]
    public async Task A_performance_issue_is_due_20_working_days_later_skipping_Christmas_and_is_published()
    {
        // Raised Friday 14 December 2018; 25, 26 December and 1 January are bank holidays in England and Wales.
        var raised = await _client.RaisePerformanceIssueAsync(new RaisePerformanceIssueRequest
        {
            ContractId = _contract.ToString(), Kpi = "reviews-within-12-weeks", Description = "Reviews within 12 weeks fell to 81%",
        }, As(WirralCouncil, Roles.Commissioner));

        Assert.Equal(new Date { Year = 2019, Month = 1, Day = 16 }, raised.ResponseDue);
        var issue = Assert.Single((await Read(await _council.GetAsync($"/api/v1/contracts/{_contract}/monitoring"))).GetProperty("issues").EnumerateArray());
        Assert.Equal((raised.IssueId, "2018-12-14", "2019-01-16"),
            (issue.GetProperty("id").GetString(), issue.GetProperty("raisedOn").GetString(), issue.GetProperty("responseDue").GetString()));
        var published = Assert.Single(await Outbox.Events(_service.Services, "performance-issue-raised"));
        Assert.Equal((raised.IssueId, "reviews-within-12-weeks", Cwp),
            (published.GetProperty("issueId").GetString(), published.GetProperty("kpi").GetString(), published.GetProperty("provider").GetProperty("code").GetString()));
        Assert.Equal(16, published.GetProperty("responseDue").GetProperty("day").GetInt32());
    }

    [Fact]
    public async Task A_response_date_set_by_the_commissioner_is_kept_and_a_bank_holiday_is_refused_with_nothing_written()
    {
        var request = new RaisePerformanceIssueRequest
        {
            ContractId = _contract.ToString(), Kpi = "reviews-within-12-weeks", Description = "Reviews within 12 weeks fell to 81%",
            ResponseDue = new Date { Year = 2018, Month = 12, Day = 25 },
        };

        var christmas = await RpcRefusals.Refused(() => _client.RaisePerformanceIssueAsync(request, As(WirralCouncil, Roles.Commissioner)));
        var noDescription = await RpcRefusals.Refused(() => _client.RaisePerformanceIssueAsync(
            new RaisePerformanceIssueRequest { ContractId = _contract.ToString() }, As(WirralCouncil, Roles.Commissioner)));

        Assert.Equal((StatusCode.InvalidArgument, "responseDue"), (christmas.StatusCode, Assert.Single(christmas.FieldViolations()).Field));
        Assert.Equal("description", Assert.Single(noDescription.FieldViolations()).Field);
        Assert.Equal(0, (await Read(await _council.GetAsync($"/api/v1/contracts/{_contract}/monitoring"))).GetProperty("issues").GetArrayLength());
        Assert.Empty(await Outbox.Events(_service.Services, "performance-issue-raised"));
        request.ResponseDue = new Date { Year = 2018, Month = 12, Day = 21 };
        Assert.Equal(request.ResponseDue, (await _client.RaisePerformanceIssueAsync(request, As(WirralCouncil, Roles.Commissioner))).ResponseDue);
    }

    [Fact]
    public async Task Only_a_commissioner_party_to_the_contract_raises_a_performance_issue()
    {
        var request = new RaisePerformanceIssueRequest { ContractId = _contract.ToString(), Description = "Carers' assessments backlog" };

        var byProvider = await RpcRefusals.Refused(() => _client.RaisePerformanceIssueAsync(request, As(Cwp, Roles.ProviderUser)));
        var byBroker = await RpcRefusals.Refused(() => _client.RaisePerformanceIssueAsync(request, As(WirralCouncil, Roles.Broker)));
        var byCcg = await RpcRefusals.Refused(() => _client.RaisePerformanceIssueAsync(request, As(WirralCcg, Roles.Commissioner)));

        Assert.Equal([StatusCode.PermissionDenied, StatusCode.PermissionDenied, StatusCode.NotFound],
            [byProvider.StatusCode, byBroker.StatusCode, byCcg.StatusCode]);
        Assert.Equal("contractId", byCcg.Field());
        Assert.Empty(await Outbox.Events(_service.Services, "performance-issue-raised"));
    }

    [Fact]
    public async Task A_providers_contracts_are_listed_a_page_at_a_time_in_the_store_by_its_staff_and_itself()
    {
        await AwardS75("WIR-S75-2020-03", "2020-04-01");
        await AwardS75("WIR-S75-2019-02", "2019-04-01");
        var asCwp = As(Cwp, Roles.ProviderUser);

        var first = await _client.ListContractsAsync(new ListContractsRequest { ProviderCode = "rxa", Page = new PageRequest { PageSize = 2 } }, asCwp);
        var second = await _client.ListContractsAsync(new ListContractsRequest
        {
            ProviderCode = Cwp, Page = new PageRequest { PageSize = 2, PageToken = first.Page.NextPageToken },
        }, asCwp);
        var all = await _client.ListContractsAsync(new ListContractsRequest { ProviderCode = Cwp }, As(WirralCouncil,
            Roles.FinanceOfficer));
        var byCcg = await _client.ListContractsAsync(new ListContractsRequest { ProviderCode = Cwp }, As(WirralCcg,
            Roles.FinanceOfficer));

        Assert.Equal(2, first.Contracts.Count);
        Assert.NotEmpty(first.Page.NextPageToken);
        Assert.Single(second.Contracts);
        Assert.Empty(second.Page.NextPageToken);
        Assert.Equal(all.Contracts.Select(c => c.ContractId),
            first.Contracts.Concat(second.Contracts).Select(c => c.ContractId));
        Assert.Equal(["WIR-S75-2018-01", "WIR-S75-2019-02", "WIR-S75-2020-03"],
            all.Contracts.Select(c => c.Reference).Order());
        Assert.Empty(all.Page.NextPageToken);
        var live = all.Contracts.Single(c => c.ContractId == _contract.ToString());
        Assert.Equal((ContractStatus.Live, 519_000_000L), (live.Status, live.AnnualValue.Pence));
        Assert.Equal("COUNCIL-ASC", live.BudgetLineCode);
        Assert.Equal(ContractStatus.Awarded, all.Contracts.Single(c => c.Reference == "WIR-S75-2019-02").Status);
        Assert.Empty(byCcg.Contracts);
    }

    /// <summary>
    /// The page is cut in the store from the provider's rows: with another provider's contracts awarded in
    /// between, the second page holds the rest of CWP's, none of the care home's, and no contract twice.
    /// </summary>
    [Fact]
    public async Task A_providers_second_page_holds_the_rest_of_its_contracts_and_never_another_providers()
    {
        var careHomeDueDiligence = await SignedOffDueDiligence(_council, _market.CareHomeId);
        await AwardCareHome("WIR-LAC-2018-01", careHomeDueDiligence);
        await AwardS75("WIR-S75-2019-02", "2019-04-01");
        await AwardCareHome("WIR-LAC-2018-02", careHomeDueDiligence);
        await AwardS75("WIR-S75-2020-03", "2020-04-01");
        var staff = As(WirralCouncil, Roles.Commissioner);

        var pages = await Pages(Cwp, 2, staff);
        var careHomes = await Pages(CareHome, 2, staff);

        Assert.Equal([2, 1], pages.Select(p => p.Count));
        Assert.Equal(["WIR-S75-2018-01", "WIR-S75-2019-02", "WIR-S75-2020-03"],
            pages.SelectMany(p => p).Select(c => c.Reference).Order());
        Assert.All(pages[1], c => Assert.Equal(Cwp, c.Provider.Code));
        Assert.Equal(["WIR-LAC-2018-01", "WIR-LAC-2018-02"], Assert.Single(careHomes).Select(c => c.Reference).Order());
    }

    /// <summary>Every page of a provider's contracts, following the page tokens to the end.</summary>
    private async Task<List<List<Contract>>> Pages(string providerCode, int size, CallOptions caller)
    {
        var pages = new List<List<Contract>>();
        var token = "";
        do
        {
            var page = await _client.ListContractsAsync(new ListContractsRequest
            {
                ProviderCode = providerCode, Page = new PageRequest { PageSize = size, PageToken = token },
            }, caller);
            pages.Add([.. page.Contracts]);
            token = page.Page.NextPageToken;
        }
        while (token.Length > 0);
        return pages;
    }

    private async Task AwardCareHome(string reference, Guid dueDiligence)
    {
        var award = _market.CareHomeAward(dueDiligence);
        award["reference"] = reference;
        award["phases"] = Array.Empty<object>();
        await Read(await _council.PostAsJsonAsync("/api/v1/contracts", award));
    }

    [Fact]
    public async Task A_provider_user_lists_only_its_own_contracts_and_bad_pages_and_unknown_providers_are_refused()
    {
        var otherProvider = await RpcRefusals.Refused(() =>
            _client.ListContractsAsync(new ListContractsRequest { ProviderCode = Cwp }, As(CareHome, Roles.ProviderUser)));
        var own = await _client.ListContractsAsync(new ListContractsRequest { ProviderCode = CareHome }, As(CareHome, Roles.ProviderUser));
        var badToken = await RpcRefusals.Refused(() => _client.ListContractsAsync(new ListContractsRequest
        {
            ProviderCode = Cwp, Page = new PageRequest { PageToken = "not-a-token" },
        }, As(WirralCouncil, Roles.Commissioner)));
        var negativeSize = await RpcRefusals.Refused(() => _client.ListContractsAsync(new ListContractsRequest
        {
            ProviderCode = Cwp, Page = new PageRequest { PageSize = -1 },
        }, As(WirralCouncil, Roles.Commissioner)));
        var unknown = await RpcRefusals.Refused(() =>
            _client.ListContractsAsync(new ListContractsRequest { ProviderCode = "ZZZ99" }, As(WirralCouncil, Roles.Commissioner)));

        Assert.Equal((StatusCode.PermissionDenied, "providerCode"), (otherProvider.StatusCode, otherProvider.Field()));
        Assert.Empty(own.Contracts);
        Assert.Equal("page.pageToken", Assert.Single(badToken.FieldViolations()).Field);
        Assert.Equal("page.pageSize", Assert.Single(negativeSize.FieldViolations()).Field);
        Assert.Equal((StatusCode.NotFound, "providerCode"), (unknown.StatusCode, unknown.Field()));
    }

    /// <summary>Another s75 delegation to CWP on the same terms, from a later 1 April.</summary>
    private async Task AwardS75(string reference, string startsOn)
    {
        var award = _market.S75Award();
        award["reference"] = reference;
        award["startsOn"] = startsOn;
        award["phases"] = Array.Empty<object>();
        await Read(await _council.PostAsJsonAsync("/api/v1/contracts", award));
    }

    private static CheckProviderEligibilityRequest EligibilityOf(string providerCode) =>
        new() { ProviderCode = providerCode, ServiceType = "residential-care", Locality = "Wirral West", On = April2018 };

    private static CallOptions As(string organisation, string role) =>
        PartnerClients.Bearer(DevelopmentTokens.Mint(new DevelopmentTokenRequest($"user-of-{organisation}", organisation, [role])));
}
