using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Contracts.Tests.Api.WirralMarket;

namespace Contracts.Tests.Api;

/// <summary>
/// Rate cards over HTTP (P:L764 "consistent quality and rates irrespective of who is the commissioner").
/// The documents give no care rates; the amounts are illustrative, as in the domain's RateCardTests.
/// </summary>
public sealed class RateCardsApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private HttpClient _council = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _council = _service.ClientFor(WirralCouncil, Roles.Commissioner);
        await Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task An_overlapping_rate_period_is_refused_naming_effectiveFrom_and_nothing_is_written()
    {
        var card = await OpenResidentialWeekly();
        await Read(await _council.PostAsJsonAsync($"/api/v1/rate-cards/{card}/rates", new { effectiveFrom = "2018-04-01", effectiveTo = "2019-03-31", amount = 520.00m }));

        var overlapping = await _council.PostAsJsonAsync($"/api/v1/rate-cards/{card}/rates", new { effectiveFrom = "2019-01-01", effectiveTo = (string?)null, amount = 545.00m });

        Assert.Equal((400, "effectiveFrom"), await Problem(overlapping));
        var periods = (await Read(await _council.GetAsync($"/api/v1/rate-cards/{card}"))).GetProperty("periods");
        Assert.Equal(520.00m, Assert.Single(periods.EnumerateArray()).GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task The_rate_in_force_is_found_by_date_and_a_change_closes_the_open_rate_the_day_before()
    {
        var card = await OpenResidentialWeekly();
        await Read(await _council.PostAsJsonAsync($"/api/v1/rate-cards/{card}/changes", new { effectiveFrom = "2018-04-01", amount = 520.00m }));
        await Read(await _council.PostAsJsonAsync($"/api/v1/rate-cards/{card}/changes", new { effectiveFrom = "2019-04-01", amount = 545.00m }));

        var march = await RateOn("2019-03-31");
        var april = await RateOn("2019-04-01");

        Assert.Equal((520.00m, "2019-03-31"), (march.GetProperty("amount").GetDecimal(), march.GetProperty("effectiveTo").GetString()));
        Assert.Equal(545.00m, april.GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await _council.GetAsync(RateQuery("2018-03-31"))).StatusCode);
    }

    [Fact]
    public async Task One_rate_card_per_service_type_unit_and_locality_whatever_the_localitys_case()
    {
        await OpenResidentialWeekly();

        var again = await _council.PostAsJsonAsync("/api/v1/rate-cards", new { serviceType = "residential-care", locality = "wirral west ", unit = "per-week" });
        var otherUnit = await _council.PostAsJsonAsync("/api/v1/rate-cards", new { serviceType = "residential-care", locality = "Wirral West", unit = "per-day" });

        Assert.Equal((409, "unit"), await Problem(again));
        Assert.Equal(HttpStatusCode.Created, otherUnit.StatusCode);
        Assert.Equal(2, (await Read(await _council.GetAsync("/api/v1/rate-cards"))).GetArrayLength());
    }

    [Fact]
    public async Task A_provider_sees_only_the_rates_of_lots_it_is_admitted_to_and_never_changes_them()
    {
        var card = await OpenResidentialWeekly();
        using var careHome = _service.ClientFor(CareHome, Roles.ProviderUser);

        Assert.Equal(0, (await Read(await careHome.GetAsync("/api/v1/rate-cards"))).GetArrayLength());
        // Issue 15: on none of the council's lists, the home is party to nothing of the council's: not found.
        Assert.Equal(HttpStatusCode.NotFound, (await careHome.GetAsync($"/api/v1/rate-cards/{card}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await careHome.PostAsJsonAsync($"/api/v1/rate-cards/{card}/changes", new { effectiveFrom = "2018-04-01", amount = 900m })).StatusCode);
    }

    [Fact]
    public async Task A_provider_admitted_to_a_lot_reads_that_lots_rate_and_no_other()
    {
        var card = await OpenResidentialWeekly();
        await Read(await _council.PostAsJsonAsync($"/api/v1/rate-cards/{card}/rates",
            new { effectiveFrom = "2018-04-01", effectiveTo = (string?)null, amount = 520.00m }));
        var otherLot = Id(await Read(await _council.PostAsJsonAsync("/api/v1/rate-cards",
            new { serviceType = "residential-care", locality = "Birkenhead", unit = "per-week" })));
        var framework = await OakLodgeAdmittedToWirralWest();
        using var careHome = _service.ClientFor(CareHome, Roles.ProviderUser);

        var listed = await Read(await careHome.GetAsync("/api/v1/rate-cards"));

        Assert.Equal([card], listed.EnumerateArray().Select(Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await careHome.GetAsync($"/api/v1/rate-cards/{otherLot}")).StatusCode);
        Assert.Equal(520.00m,
            (await Read(await careHome.GetAsync(RateQuery("2018-04-02")))).GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, (await careHome.GetAsync($"/api/v1/frameworks/{framework}")).StatusCode);
    }

    [Fact]
    public async Task A_providers_page_of_rate_cards_is_full_though_cards_it_may_not_see_come_first()
    {
        var hidden = Id(await Read(await _council.PostAsJsonAsync("/api/v1/rate-cards",
            new { serviceType = "residential-care", locality = "Birkenhead", unit = "per-week" })));
        var card = await OpenResidentialWeekly();
        await OakLodgeAdmittedToWirralWest();
        using var careHome = _service.ClientFor(CareHome, Roles.ProviderUser);

        // Paged first and filtered after, the first page ([Birkenhead]) came back empty.
        Assert.Equal([card], (await Read(await careHome.GetAsync("/api/v1/rate-cards?limit=1"))).EnumerateArray()
            .Select(Id));
        Assert.Empty((await Read(await careHome.GetAsync("/api/v1/rate-cards?offset=1"))).EnumerateArray());
        Assert.Equal([hidden, card], (await Read(await _council.GetAsync("/api/v1/rate-cards"))).EnumerateArray()
            .Select(Id));
    }

    /// <summary>Oak Lodge registered and admitted to the residential lot in Wirral West of a new framework.
    /// </summary>
    private async Task<Guid> OakLodgeAdmittedToWirralWest()
    {
        var home = await Register(_council, "Oak Lodge Care Home", CareHome, "private", "1-123456789");
        var lot = new[] { new { serviceType = "residential-care", locality = "Wirral West" } };
        var framework = Id(await Read(await _council.PostAsJsonAsync("/api/v1/frameworks", new
        {
            name = "Wirral single provider framework", opensOn = "2018-04-01", closesOn = (string?)null,
            requiresLivingWage = true, lots = lot,
        })));
        await Read(await _council.PostAsJsonAsync($"/api/v1/frameworks/{framework}/admissions",
            new { providerId = home, admittedOn = "2018-04-01", lots = lot }));
        return framework;
    }

    private async Task<Guid> OpenResidentialWeekly() =>
        Id(await Read(await _council.PostAsJsonAsync("/api/v1/rate-cards", new { serviceType = "residential-care", locality = "Wirral West", unit = "per-week" })));

    private async Task<JsonElement> RateOn(string date) => await Read(await _council.GetAsync(RateQuery(date)));

    private static string RateQuery(string date) =>
        $"/api/v1/rate-cards/rate-in-force?serviceType=residential-care&locality=Wirral%20West&unit=per-week&on={date}";
}
