using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Commissioning.Testing.CareJourney;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>
/// Brokerage over HTTP under the published weighting (anchors B.7: 24-hour window, 60% quality / 40% cost).
/// Who is invited is asked of the real contracts service: two care homes admitted to Wirral's framework
/// for each test (one rated Good, one Requires improvement), the demo's own home, and nobody else.
/// </summary>
[Collection(PartnersCollection.Name)]
public sealed class BrokerageApiTests(Partners partners) : CareServiceTest(partners)
{
    private string _codeA = "";
    private string _codeB = "";
    private HttpClient _homeA = null!;
    private HttpClient _homeB = null!;
    private HttpClient _stranger = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (_codeA, _codeB) = (await Partners.AdmitCareHome("good"), await Partners.AdmitCareHome("requires-improvement"));
        _homeA = Client(Service.CreateClient, "home-a-manager", _codeA, Roles.ProviderUser);
        _homeB = Client(Service.CreateClient, "home-b-manager", _codeB, Roles.ProviderUser);
        _stranger = Client(Service.CreateClient, "home-c-manager", "NOTONIT", Roles.ProviderUser);
    }

    [Fact]
    public async Task Offers_are_ranked_60_40_with_the_arithmetic_and_the_first_is_awarded()
    {
        var request = await IssuedRequest();
        var path = $"/api/v1/placement-requests/{Id(request)}";
        await Read(await _homeA.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 600.00m }));
        var offerB = await Read(await _homeB.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 500.00m }));
        await EveryoneElseDeclines(request);
        await Read(await Journey.Broker.PostAsync($"{path}/closure", null));

        // A (Good, quality 80): 80.00 × 60% = 48.00; cost 500/600 × 100 = 83.33 × 40% = 33.33; total 81.33.
        // B (Requires improvement, quality 50): 50.00 × 60% = 30.00; cost 500/500 × 100 = 100.00 × 40% = 40.00; total 70.00.
        var ranking = await Read(await Journey.Broker.GetAsync($"{path}/ranking"));
        Assert.Equal([81.33m, 70.00m], ranking.EnumerateArray().Select(r => r.GetProperty("total").GetDecimal()));
        Assert.Equal("quality 80.00 × 60% = 48.00; cost 83.33 × 40% = 33.33; total 81.33", ranking[0].GetProperty("arithmetic").GetString());
        Assert.Equal("quality 50.00 × 60% = 30.00; cost 100.00 × 40% = 40.00; total 70.00", ranking[1].GetProperty("arithmetic").GetString());

        var secondWithoutReason = await Journey.Broker.PostAsJsonAsync($"{path}/award", new { offerId = OfferId(offerB) });
        await AssertProblemNames(secondWithoutReason, HttpStatusCode.BadRequest, "reason");
        var awarded = await Read(await Journey.Broker.PostAsJsonAsync($"{path}/award", new { offerId = ranking[0].GetProperty("offerId").GetGuid() }));
        Assert.Equal("awarded", awarded.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Out_of_borough_without_a_recorded_exception_is_told_it_needs_one_and_with_one_is_brokered_H_L201()
    {
        var plan = await AgreedPlan();

        var refused = await Journey.Broker.PostAsJsonAsync("/api/v1/placement-requests", NewRequest(plan, "Chester"));
        await AssertProblemNames(refused, HttpStatusCode.UnprocessableEntity, "outOfBoroughException");
        Assert.Contains("needs a recorded exception", await refused.Content.ReadAsStringAsync());

        var issued = await Read(await Journey.Broker.PostAsJsonAsync("/api/v1/placement-requests",
            NewRequest(plan, "Chester", new { reason = "Moving near her daughter in Chester (recorded by the broker)" })));
        Assert.Contains(_codeA, InvitedCodes(issued));
    }

    [Fact]
    public async Task A_provider_suspended_in_contracts_is_not_invited_to_the_next_request()
    {
        var first = await IssuedRequest();
        Assert.Contains(_codeA, InvitedCodes(first));

        await Partners.Suspend(_codeA);
        var next = await IssuedRequest(nhsNumber: "4010232137");

        Assert.DoesNotContain(_codeA, InvitedCodes(next));
        Assert.Contains(_codeB, InvitedCodes(next));
        Assert.Equal(HttpStatusCode.Forbidden, (await _homeA.PostAsJsonAsync($"/api/v1/placement-requests/{Id(next)}/offers", new { weeklyPrice = 450.00m })).StatusCode);
    }

    [Fact]
    public async Task A_provider_suspended_while_invited_loses_its_offer_by_event_and_the_broker_awards_another()
    {
        var request = await IssuedRequest();
        var path = $"/api/v1/placement-requests/{Id(request)}";
        var offerA = OfferId(await Read(await _homeA.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 600.00m })));
        var offerB = OfferId(await Read(await _homeB.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 500.00m })));
        await EveryoneElseDeclines(request);
        await Read(await Journey.Broker.PostAsync($"{path}/closure", null));

        using var sidecar = Service.CreateClient();
        var suspended = new
        {
            provider = new { code = _codeA.ToLowerInvariant() }, reason = "Suspended: safeguarding investigation",
            effectiveFrom = new { year = 2018, month = 4, day = 20 },
        };
        Assert.Equal("SUCCESS", await SidecarDelivery.Deliver(sidecar, "contracts", "provider-suspended", suspended, eventId: "suspension-1"));
        Assert.Equal("SUCCESS", await SidecarDelivery.Deliver(sidecar, "contracts", "provider-suspended", suspended, eventId: "suspension-1"));

        var refused = await Journey.Broker.PostAsJsonAsync($"{path}/award", new { offerId = offerA, reason = "Closest to family" });
        await AssertProblemNames(refused, HttpStatusCode.UnprocessableEntity, "offerId");
        var seenByA = await Read(await _homeA.GetAsync(path));
        Assert.Equal(("withdrawn", "Suspended: safeguarding investigation"),
            (seenByA.GetProperty("offers")[0].GetProperty("status").GetString(), seenByA.GetProperty("offers")[0].GetProperty("withdrawalReason").GetString()));
        Assert.Equal([offerB], (await Read(await Journey.Broker.GetAsync($"{path}/ranking"))).EnumerateArray().Select(r => r.GetProperty("offerId").GetGuid()));
        Assert.Equal("awarded", (await Read(await Journey.Broker.PostAsJsonAsync($"{path}/award", new { offerId = offerB }))).GetProperty("status").GetString());
        Assert.Equal("DROP", await SidecarDelivery.Deliver(sidecar, "contracts", "provider-suspended", new { reason = "No provider named" }));
    }

    [Fact]
    public async Task A_provider_user_sees_only_its_own_offers_and_never_the_ranking()
    {
        var request = await IssuedRequest();
        var path = $"/api/v1/placement-requests/{Id(request)}";
        await Read(await _homeA.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 600.00m }));
        await Read(await _homeB.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 500.00m }));

        var seenByA = await Read(await _homeA.GetAsync(path));
        var offers = seenByA.GetProperty("offers").EnumerateArray().ToArray();
        Assert.Equal(_codeA, Assert.Single(offers).GetProperty("providerCode").GetString());
        Assert.Equal(600.00m, offers[0].GetProperty("weeklyPrice").GetDecimal());
        Assert.Equal(_codeA, Assert.Single(seenByA.GetProperty("invitations").EnumerateArray()).GetProperty("providerCode").GetString());
        Assert.Equal(2, (await Read(await Journey.Broker.GetAsync(path))).GetProperty("offers").GetArrayLength());

        Assert.Single((await Read(await _homeB.GetAsync("/api/v1/placement-requests"))).EnumerateArray());
        Assert.Empty((await Read(await _stranger.GetAsync("/api/v1/placement-requests"))).EnumerateArray());
        // Named by no Wirral record, the stranger is party to nothing of Wirral's: the request is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await _stranger.GetAsync(path)).StatusCode);
        var offered = await _stranger.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 450.00m });
        Assert.Equal(HttpStatusCode.NotFound, offered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _homeA.GetAsync($"{path}/ranking")).StatusCode);
    }

    [Fact]
    public async Task A_needs_summary_holding_an_nhs_number_is_refused_and_no_request_is_written()
    {
        var plan = await AgreedPlan();
        var response = await Journey.Broker.PostAsJsonAsync("/api/v1/placement-requests", NewRequest(plan, needsSummary: "Sam, 943 476 5919, needs two carers."));
        await AssertProblemNames(response, HttpStatusCode.BadRequest, "needsSummary");
        Assert.Empty((await Read(await Journey.Broker.GetAsync("/api/v1/placement-requests"))).EnumerateArray());
    }

    [Fact]
    public async Task The_list_is_paged_by_offset_and_limit_and_a_page_out_of_range_is_refused_naming_it()
    {
        var request = await IssuedRequest();
        Assert.Equal(Id(request), Id(Assert.Single((await Read(await Journey.Broker.GetAsync(
            "/api/v1/placement-requests?limit=1"))).EnumerateArray())));
        var skipped = await Read(await Journey.Broker.GetAsync("/api/v1/placement-requests?offset=1"));
        Assert.Empty(skipped.EnumerateArray());
        await AssertProblemNames(await Journey.Broker.GetAsync("/api/v1/placement-requests?limit=501"),
            HttpStatusCode.BadRequest, "limit");
        await AssertProblemNames(await Journey.Broker.GetAsync("/api/v1/placement-requests?offset=-1"),
            HttpStatusCode.BadRequest, "offset");
    }

    [Fact]
    public async Task Only_a_broker_issues_a_placement_request()
    {
        var plan = await AgreedPlan();
        Assert.Equal(HttpStatusCode.Forbidden, (await _homeA.PostAsJsonAsync("/api/v1/placement-requests", NewRequest(plan))).StatusCode);
        using var anonymous = Service.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/placement-requests", NewRequest(plan))).StatusCode);
    }

    /// <summary>Residential care at £550.00 a week, checked as a spot purchase and agreed against Wirral's pool.</summary>
    private async Task<JsonElement> AgreedPlan(string nhsNumber = "943 476 5919")
    {
        var plan = await Journey.SubmittedPlan(ResidentialCare(550m), nhsNumber);
        var verification = await Journey.ReadyToAgree(plan, null, 500m, 650m);
        await Journey.Agreed(verification);
        return plan;
    }

    private async Task<JsonElement> IssuedRequest(string nhsNumber = "943 476 5919") =>
        await Read(await Journey.Broker.PostAsJsonAsync("/api/v1/placement-requests", NewRequest(await AgreedPlan(nhsNumber))));

    /// <summary>The other homes on the framework (the demo's, other tests') decline, so the broker may close the round early.</summary>
    private async Task EveryoneElseDeclines(JsonElement request)
    {
        foreach (var code in InvitedCodes(request).Where(c => c != _codeA && c != _codeB))
        {
            using var home = Client(Service.CreateClient, $"{code}-manager", code!, Roles.ProviderUser);
            await Read(await home.PostAsync($"/api/v1/placement-requests/{Id(request)}/invitation-decline", null));
        }
    }

    private const string Needs = "Needs help with personal care twice a day; uses a wheelchair.";

    /// <summary>A request starting in two weeks, in Wirral West unless another locality is named.</summary>
    private static object NewRequest(JsonElement plan, string? locality = null, object? outOfBoroughException = null,
        string needsSummary = Needs) => new
    {
        supportPlanId = Id(plan), serviceType = "residential-care", locality = locality ?? Partners.Locality,
        startDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd"), needsSummary,
        outOfBoroughException,
    };

    private static IEnumerable<string?> InvitedCodes(JsonElement request) =>
        request.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("providerCode").GetString());

    private static Guid OfferId(JsonElement seenByProvider) => seenByProvider.GetProperty("offers")[0].GetProperty("id").GetGuid();
}
