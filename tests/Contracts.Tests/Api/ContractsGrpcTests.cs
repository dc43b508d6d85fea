using System.Net.Http.Json;
using Commissioning.Grpc;
using Commissioning.Identity;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Contracts.V1;
using static Contracts.Tests.Api.WirralMarket;

namespace Contracts.Tests.Api;

/// <summary>
/// commissioning.contracts.v1.ContractsService on the service's own h2c gRPC port, called with the
/// platform's gRPC client, on the same market the REST tests build (W:414, A's s75 delegation).
/// </summary>
public sealed class ContractsGrpcTests : IAsyncLifetime
{
    private static readonly Date April2018 = new() { Year = 2018, Month = 4, Day = 2 };
    private readonly GrpcTransport _transport = new();
    private ContractsGrpcHost _service = null!;
    private ContractsClient _client = null!;
    private WirralMarket _market = null!;
    private Guid _contract;

    public async Task InitializeAsync()
    {
        _service = new ContractsGrpcHost();
        var council = _service.RestClientFor(WirralCouncil, Roles.Commissioner);
        _client = new ContractsClient(_transport.Channel(new GrpcClientOptions { Address = new Uri($"http://127.0.0.1:{_service.GrpcPort}") }));
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
        _transport.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task Eligibility_names_every_reason_a_provider_is_barred()
    {
        var careHome = await _client.CheckProviderEligibility(EligibilityOf(CareHome), As(WirralCouncil, Roles.Broker));
        var cwp = await _client.CheckProviderEligibility(EligibilityOf(Cwp), As(WirralCouncil, Roles.Broker));

        Assert.True(careHome.Eligible);
        Assert.Equal(CqcRating.Good, careHome.CqcRating);
        Assert.False(cwp.Eligible);
        Assert.Equal([IneligibilityReason.NotOnFramework, IneligibilityReason.NoCapacity], cwp.Reasons);
    }

    [Fact]
    public async Task Eligible_providers_stream_with_their_living_wage_and_the_rate_in_force_is_in_pence()
    {
        var listed = new List<ListEligibleProvidersResponse>();
        await foreach (var provider in _client.ListEligibleProviders(
            new ListEligibleProvidersRequest { ServiceType = "residential-care", Locality = "Wirral West", On = April2018 }, As(WirralCouncil, Roles.Broker)))
            listed.Add(provider);
        var rate = await _client.GetRateInForce(new GetRateInForceRequest
        {
            ServiceType = "residential-care", Locality = "Wirral West", Unit = RateUnit.Week, On = April2018,
        }, As(WirralCouncil, Roles.Verifier));

        var only = Assert.Single(listed);
        Assert.Equal((CareHome, true), (only.Provider.Code, only.PaysLivingWage));
        Assert.Equal(52_000, rate.Rate.Pence);
        Assert.Equal(new Date { Year = 2019, Month = 3, Day = 31 }, rate.EffectiveTo);
    }

    [Fact]
    public async Task A_contract_is_read_by_partners_and_its_provider_but_not_by_another_provider()
    {
        var request = new GetContractRequest { ContractId = _contract.ToString() };

        var byFinance = await _client.GetContract(request, As(WirralCcg, Roles.FinanceOfficer));
        var byCwp = await _client.GetContract(request, As(Cwp, Roles.ProviderUser));
        var byOther = await Assert.ThrowsAsync<GrpcCallException>(() => _client.GetContract(request, As(CareHome, Roles.ProviderUser)));
        var anonymous = await Assert.ThrowsAsync<GrpcCallException>(() => _client.GetContract(request));

        Assert.Equal((519_000_000L, ContractType.Section75Delegation), (byFinance.Contract.AnnualValue.Pence, byFinance.Contract.Type));
        Assert.Equal("WIR-S75-2018-01", byCwp.Contract.Reference);
        Assert.Equal(GrpcStatusCode.PermissionDenied, byOther.StatusCode);
        Assert.Equal(GrpcStatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_party_commissioner_raises_a_performance_issue_with_a_response_date_and_a_provider_cannot()
    {
        var inFourWeeks = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(28);
        var due = new Date { Year = inFourWeeks.Year, Month = inFourWeeks.Month, Day = inFourWeeks.Day };
        var raised = await _client.RaisePerformanceIssue(new RaisePerformanceIssueRequest
        {
            ContractId = _contract.ToString(), Kpi = "reviews-within-12-weeks", Description = "Annual reviews overdue", ResponseDue = due,
        }, As(WirralCouncil, Roles.Commissioner));

        Assert.Equal(due, raised.ResponseDue);
        var monitoring = await Read(await _service.RestClientFor(Cwp, Roles.ProviderUser).GetAsync($"/api/v1/contracts/{_contract}/monitoring"));
        var issue = Assert.Single(monitoring.GetProperty("issues").EnumerateArray());
        Assert.Equal(raised.IssueId, issue.GetProperty("id").GetString());
        Assert.Equal("reviews-within-12-weeks: Annual reviews overdue", issue.GetProperty("subject").GetString());

        var byProvider = await Assert.ThrowsAsync<GrpcCallException>(() => _client.RaisePerformanceIssue(new RaisePerformanceIssueRequest
        {
            ContractId = _contract.ToString(), Kpi = "reviews-within-12-weeks", Description = "Self-reported",
        }, As(Cwp, Roles.ProviderUser)));
        Assert.Equal(GrpcStatusCode.PermissionDenied, byProvider.StatusCode);
        var noKpi = await Assert.ThrowsAsync<GrpcCallException>(() => _client.RaisePerformanceIssue(new RaisePerformanceIssueRequest
        {
            ContractId = _contract.ToString(), Description = "No measure named",
        }, As(WirralCouncil, Roles.Commissioner)));
        Assert.Equal("kpi", Assert.Single(noKpi.FieldViolations).Field);
        var noDescription = await Assert.ThrowsAsync<GrpcCallException>(() => _client.RaisePerformanceIssue(new RaisePerformanceIssueRequest
        {
            ContractId = _contract.ToString(), Kpi = "reviews-within-12-weeks",
        }, As(WirralCouncil, Roles.Commissioner)));
        Assert.Equal("description", Assert.Single(noDescription.FieldViolations).Field);
        var monitoringAfter = await Read(await _service.RestClientFor(Cwp, Roles.ProviderUser).GetAsync($"/api/v1/contracts/{_contract}/monitoring"));
        Assert.Single(monitoringAfter.GetProperty("issues").EnumerateArray());
    }

    [Fact]
    public async Task A_provider_lists_its_own_contracts_a_page_at_a_time_and_nobody_elses()
    {
        var page = await _client.ListContracts(new ListContractsRequest { ProviderCode = Cwp, Page = new PageRequest { PageSize = 1 } }, As(Cwp, Roles.ProviderUser));
        var contract = Assert.Single(page.Contracts);
        Assert.Equal(_contract.ToString(), contract.ContractId);
        Assert.Equal(519_000_000, contract.AnnualValue.Pence);
        Assert.Equal("", page.Page.NextPageToken);
        var next = await _client.ListContracts(new ListContractsRequest
        {
            ProviderCode = Cwp, Page = new PageRequest { PageSize = 1, PageToken = contract.Reference },
        }, As(WirralCouncil, Roles.Commissioner));
        Assert.Empty(next.Contracts);

        var other = await Assert.ThrowsAsync<GrpcCallException>(() =>
            _client.ListContracts(new ListContractsRequest { ProviderCode = Cwp }, As(CareHome, Roles.ProviderUser)));
        Assert.Equal(GrpcStatusCode.PermissionDenied, other.StatusCode);
    }

    private static CheckProviderEligibilityRequest EligibilityOf(string providerCode) =>
        new() { ProviderCode = providerCode, ServiceType = "residential-care", Locality = "Wirral West", On = April2018 };

    private static GrpcCallOptions As(string organisation, string role) => new(Headers: new Dictionary<string, string>
    {
        ["authorization"] = "Bearer " + DevelopmentTokens.Mint(new DevelopmentTokenRequest($"user-of-{organisation}", organisation, [role])),
    });
}
