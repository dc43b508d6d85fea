using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static CarePackages.Tests.Api.CareJourney;

namespace CarePackages.Tests.Api;

/// <summary>
/// Brokerage over HTTP under the published weighting (anchors B.7: 24-hour window, 60% quality / 40% cost).
/// Two framework care homes in Wirral are invited; a third provider is not.
/// </summary>
public sealed class BrokerageApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private CareJourney _journey = null!;
    private HttpClient _homeA = null!;
    private HttpClient _homeB = null!;
    private HttpClient _stranger = null!;

    public Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _journey = new CareJourney(_service.CreateClient);
        _homeA = Client(_service.CreateClient, "home-a-manager", "1-101", Roles.ProviderUser);
        _homeB = Client(_service.CreateClient, "home-b-manager", "1-102", Roles.ProviderUser);
        _stranger = Client(_service.CreateClient, "home-c-manager", "1-103", Roles.ProviderUser);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Offers_are_ranked_60_40_with_the_arithmetic_and_the_first_is_awarded()
    {
        var request = await IssuedRequest();
        var path = $"/api/v1/placement-requests/{Id(request)}";
        var offerA = await Read(await _homeA.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 600.00m }));
        await Read(await _homeB.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 500.00m }));
        await Read(await _journey.Broker.PostAsync($"{path}/closure", null));

        // B: quality 70.00 × 60% = 42.00; cost 500/500 × 100 = 100.00 × 40% = 40.00; total 82.00.
        // A: quality 80.00 × 60% = 48.00; cost 500/600 × 100 = 83.33 × 40% = 33.33; total 81.33.
        var ranking = await Read(await _journey.Broker.GetAsync($"{path}/ranking"));
        Assert.Equal([82.00m, 81.33m], ranking.EnumerateArray().Select(r => r.GetProperty("total").GetDecimal()));
        Assert.Equal("quality 70.00 × 60% = 42.00; cost 100.00 × 40% = 40.00; total 82.00", ranking[0].GetProperty("arithmetic").GetString());
        Assert.Equal("quality 80.00 × 60% = 48.00; cost 83.33 × 40% = 33.33; total 81.33", ranking[1].GetProperty("arithmetic").GetString());

        var secondWithoutReason = await _journey.Broker.PostAsJsonAsync($"{path}/award", new { offerId = OfferId(offerA) });
        await AssertProblemNames(secondWithoutReason, HttpStatusCode.BadRequest, "reason");
        var awarded = await Read(await _journey.Broker.PostAsJsonAsync($"{path}/award", new { offerId = ranking[0].GetProperty("offerId").GetGuid() }));
        Assert.Equal("awarded", awarded.GetProperty("status").GetString());
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
        Assert.Equal("1-101", Assert.Single(offers).GetProperty("providerCode").GetString());
        Assert.Equal(600.00m, offers[0].GetProperty("weeklyPrice").GetDecimal());
        Assert.Equal("1-101", Assert.Single(seenByA.GetProperty("invitations").EnumerateArray()).GetProperty("providerCode").GetString());
        Assert.Equal(2, (await Read(await _journey.Broker.GetAsync(path))).GetProperty("offers").GetArrayLength());

        Assert.Single((await Read(await _homeB.GetAsync("/api/v1/placement-requests"))).EnumerateArray());
        Assert.Empty((await Read(await _stranger.GetAsync("/api/v1/placement-requests"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await _stranger.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _stranger.PostAsJsonAsync($"{path}/offers", new { weeklyPrice = 450.00m })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _homeA.GetAsync($"{path}/ranking")).StatusCode);
    }

    [Fact]
    public async Task A_needs_summary_holding_an_nhs_number_is_refused_and_no_request_is_written()
    {
        var plan = await AgreedPlan();
        var response = await _journey.Broker.PostAsJsonAsync("/api/v1/placement-requests", NewRequest(plan, "Sam, 943 476 5919, needs two carers."));
        await AssertProblemNames(response, HttpStatusCode.BadRequest, "needsSummary");
        Assert.Empty((await Read(await _journey.Broker.GetAsync("/api/v1/placement-requests"))).EnumerateArray());
    }

    [Fact]
    public async Task Only_a_broker_issues_a_placement_request()
    {
        var plan = await AgreedPlan();
        Assert.Equal(HttpStatusCode.Forbidden, (await _homeA.PostAsJsonAsync("/api/v1/placement-requests", NewRequest(plan))).StatusCode);
        using var anonymous = _service.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/placement-requests", NewRequest(plan))).StatusCode);
    }

    private async Task<JsonElement> AgreedPlan()
    {
        var plan = await _journey.SubmittedPlan(ResidentialCare(550m));
        var verification = await _journey.ReadyToAgree(plan, 550m, 500m, 650m);
        await Read(await _journey.Verifier.PostAsJsonAsync($"/api/v1/verifications/{Id(verification)}/agreement", Agreement()));
        return plan;
    }

    private async Task<JsonElement> IssuedRequest() =>
        await Read(await _journey.Broker.PostAsJsonAsync("/api/v1/placement-requests", NewRequest(await AgreedPlan())));

    private static object NewRequest(JsonElement plan, string needsSummary = "Needs help with personal care twice a day; uses a wheelchair.") => new
    {
        supportPlanId = Id(plan), serviceType = "residential-care", locality = "Wirral West",
        startDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd"), needsSummary,
        providers = new[] { Home("1-101", 80m), Home("1-102", 70m) },
    };

    private static object Home(string code, decimal quality) => new
    {
        providerCode = code, name = $"Care home {code}", onFramework = true, cqcRating = "good", seriousConcern = false,
        serviceTypes = new[] { "residential-care" }, localities = new[] { "Wirral West" }, vacantCapacity = 2, inBorough = true, qualityScore = quality,
    };

    private static Guid OfferId(JsonElement seenByProvider) => seenByProvider.GetProperty("offers")[0].GetProperty("id").GetGuid();
}
