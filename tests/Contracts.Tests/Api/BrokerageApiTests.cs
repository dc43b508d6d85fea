using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Contracts.Tests.Api.WirralMarket;

namespace Contracts.Tests.Api;

/// <summary>
/// The single provider framework (W:414) as brokerage sees it: who may be sent a placement request
/// for a service type and locality, and at what rate (DPS pattern, anchors B.7).
/// </summary>
public sealed class BrokerageApiTests : IAsyncLifetime
{
    private const string Eligible = "/api/v1/eligible-providers?serviceType=residential-care&locality=Wirral%20West&on=2018-04-02";
    private ServiceUnderTest<Program> _service = null!;
    private HttpClient _council = null!;
    private HttpClient _broker = null!;
    private WirralMarket _market = null!;
    private Guid _framework;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _council = _service.ClientFor(WirralCouncil, Roles.Commissioner);
        _broker = _service.ClientFor(WirralCouncil, Roles.Broker);
        _market = await WirralMarket.Create(_council);
        _framework = Id(await Read(await _council.PostAsJsonAsync("/api/v1/frameworks", new
        {
            name = "Wirral single provider framework", opensOn = "2018-04-01", closesOn = (string?)null, requiresLivingWage = true,
            lots = new[] { new { serviceType = "residential-care", locality = "Wirral West" } },
        })));
        var card = Id(await Read(await _council.PostAsJsonAsync("/api/v1/rate-cards", new { serviceType = "residential-care", locality = "Wirral West", unit = "per-week" })));
        await Read(await _council.PostAsJsonAsync($"/api/v1/rate-cards/{card}/rates", new { effectiveFrom = "2018-04-01", effectiveTo = "2019-03-31", amount = 520.00m }));
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task An_admitted_provider_with_capacity_is_offered_at_the_rate_in_force_and_a_suspension_removes_it()
    {
        await Admit(_market.CareHomeId);
        using var careHome = _service.ClientFor(CareHome, Roles.ProviderUser);
        await Read(await careHome.PutAsJsonAsync($"/api/v1/providers/{_market.CareHomeId}/capacity", new { serviceType = "residential-care", locality = "Wirral West", places = 4 }));

        var before = await Read(await _broker.GetAsync(Eligible));
        await Read(await _council.PostAsJsonAsync($"/api/v1/providers/{_market.CareHomeId}/suspension", new { reason = "Safeguarding embargo", on = "2018-04-02" }));
        var after = await Read(await _broker.GetAsync(Eligible));

        var offered = Assert.Single(before.GetProperty("providers").EnumerateArray());
        Assert.Equal((CareHome, 4), (offered.GetProperty("odsCode").GetString(), offered.GetProperty("capacity").GetInt32()));
        Assert.Equal(520.00m, Assert.Single(before.GetProperty("ratesInForce").EnumerateArray()).GetProperty("amount").GetDecimal());
        Assert.Equal(0, after.GetProperty("providers").GetArrayLength());
    }

    [Fact]
    public async Task A_member_without_capacity_or_rated_Inadequate_is_not_offered_and_reassessment_takes_it_off_the_list()
    {
        await Admit(_market.CareHomeId);
        await Read(await _council.PutAsJsonAsync($"/api/v1/providers/{_market.CareHomeId}/capacity", new { serviceType = "residential-care", locality = "Wirral West", places = 0 }));
        Assert.Equal(0, (await Read(await _broker.GetAsync(Eligible))).GetProperty("providers").GetArrayLength());

        await Read(await _council.PutAsJsonAsync($"/api/v1/providers/{_market.CareHomeId}/capacity", new { serviceType = "residential-care", locality = "Wirral West", places = 2 }));
        await Read(await _council.PostAsJsonAsync($"/api/v1/providers/{_market.CareHomeId}/cqc-ratings", new { rating = "inadequate", ratedOn = "2018-04-02" }));
        var reassessed = await Read(await _council.PostAsJsonAsync($"/api/v1/frameworks/{_framework}/reassessments", new { providerId = _market.CareHomeId, on = "2018-04-02" }));

        Assert.Equal(0, (await Read(await _broker.GetAsync(Eligible))).GetProperty("providers").GetArrayLength());
        var membership = Assert.Single(reassessed.GetProperty("members").EnumerateArray());
        Assert.Equal("2018-04-02", membership.GetProperty("excludedOn").GetString());
    }

    [Fact]
    public async Task A_new_CQC_rating_takes_effect_in_brokerage_at_once_and_is_published_as_suspended_then_eligible_again()
    {
        // Anchors B.7 (Oxfordshire DPS): an Inadequate overall CQC rating excludes; re-rated Good, the member is offered again.
        await Admit(_market.CareHomeId);
        await Read(await _council.PutAsJsonAsync($"/api/v1/providers/{_market.CareHomeId}/capacity", new { serviceType = "residential-care", locality = "Wirral West", places = 4 }));
        var ratings = $"/api/v1/providers/{_market.CareHomeId}/cqc-ratings";

        await Read(await _council.PostAsJsonAsync(ratings, new { rating = "inadequate", ratedOn = "2018-05-01" }));
        var whileInadequate = await Read(await _broker.GetAsync(Eligible));
        await Read(await _council.PostAsJsonAsync(ratings, new { rating = "good", ratedOn = "2018-09-14" }));
        var reRated = await Read(await _broker.GetAsync(Eligible));
        await Read(await _council.PostAsJsonAsync(ratings, new { rating = "requires-improvement", ratedOn = "2019-02-01" }));

        Assert.Equal(0, whileInadequate.GetProperty("providers").GetArrayLength());
        Assert.Equal(CareHome, Assert.Single(reRated.GetProperty("providers").EnumerateArray()).GetProperty("odsCode").GetString());
        var suspended = Assert.Single(await Outbox.Events(_service.Services, "provider-suspended"));
        Assert.Equal("CQC rated Inadequate on 2018-05-01", suspended.GetProperty("reason").GetString());
        var again = Assert.Single(await Outbox.Events(_service.Services, "provider-eligible-again"));
        Assert.Equal("CQC rated Good on 2018-09-14", again.GetProperty("reason").GetString());
        // Requires Improvement does not bar, so only the rating itself is published; the registration's Good is the first.
        var rated = await Outbox.Events(_service.Services, "provider-rated");
        Assert.Equal(["CQC_RATING_INADEQUATE", "CQC_RATING_GOOD", "CQC_RATING_REQUIRES_IMPROVEMENT"],
            rated.Where(e => e.GetProperty("provider").GetProperty("code").GetString() == CareHome).Skip(1).Select(e => e.GetProperty("rating").GetString()));
    }

    [Fact]
    public async Task A_provider_rated_Inadequate_is_refused_admission_naming_the_rating()
    {
        // Anchors B.7 (Oxfordshire DPS): an Inadequate overall CQC rating excludes.
        await Read(await _council.PostAsJsonAsync($"/api/v1/providers/{_market.CareHomeId}/cqc-ratings", new { rating = "inadequate", ratedOn = "2018-03-01" }));

        var refused = await _council.PostAsJsonAsync($"/api/v1/frameworks/{_framework}/admissions", AdmissionOf(_market.CareHomeId));

        Assert.Equal((422, "cqcRating"), await Problem(refused));
        Assert.Equal(0, (await Read(await _council.GetAsync($"/api/v1/frameworks/{_framework}"))).GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task A_locality_typed_in_another_case_is_the_councils_lot_for_admission_capacity_and_brokerage()
    {
        await Read(await _council.PostAsJsonAsync($"/api/v1/frameworks/{_framework}/admissions", new
        {
            providerId = _market.CareHomeId, admittedOn = "2018-04-01", lots = new[] { new { serviceType = "residential-care", locality = "wirral west" } },
        }));
        using var careHome = _service.ClientFor(CareHome, Roles.ProviderUser);
        var capacity = $"/api/v1/providers/{_market.CareHomeId}/capacity";
        await Read(await careHome.PutAsJsonAsync(capacity, new { serviceType = "residential-care", locality = "Wirral West", places = 4 }));
        var declared = await Read(await careHome.PutAsJsonAsync(capacity, new { serviceType = "residential-care", locality = " WIRRAL WEST ", places = 3 }));

        var offered = await Read(await _broker.GetAsync("/api/v1/eligible-providers?serviceType=residential-care&locality=wirral%20west&on=2018-04-02"));

        Assert.Equal(3, Assert.Single(declared.GetProperty("capacity").EnumerateArray()).GetProperty("places").GetInt32());
        var provider = Assert.Single(offered.GetProperty("providers").EnumerateArray());
        Assert.Equal((CareHome, 3), (provider.GetProperty("odsCode").GetString(), provider.GetProperty("capacity").GetInt32()));
        var member = Assert.Single((await Read(await _council.GetAsync($"/api/v1/frameworks/{_framework}"))).GetProperty("members").EnumerateArray());
        Assert.Equal("Wirral West", member.GetProperty("lot").GetProperty("locality").GetString());
    }

    [Fact]
    public async Task A_provider_user_cannot_ask_who_is_eligible_nor_declare_another_providers_capacity()
    {
        using var careHome = _service.ClientFor(CareHome, Roles.ProviderUser);

        Assert.Equal(403, (int)(await careHome.GetAsync(Eligible)).StatusCode);
        var other = await careHome.PutAsJsonAsync($"/api/v1/providers/{_market.CwpId}/capacity", new { serviceType = "residential-care", locality = "Wirral West", places = 9 });
        Assert.Equal((403, "id"), await Problem(other));
    }

    private async Task Admit(Guid providerId) =>
        await Read(await _council.PostAsJsonAsync($"/api/v1/frameworks/{_framework}/admissions", AdmissionOf(providerId)));

    private static object AdmissionOf(Guid providerId) => new
    {
        providerId, admittedOn = "2018-04-01", lots = new[] { new { serviceType = "residential-care", locality = "Wirral West" } },
    };
}
