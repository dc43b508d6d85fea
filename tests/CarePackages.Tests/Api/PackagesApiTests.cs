using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Commissioning.Testing.CareJourney;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>Live packages over HTTP: versioned prices, back-dated adjustments (anchors B.7, Hackney's versioned lines), end.</summary>
[Collection(PartnersCollection.Name)]
public sealed class PackagesApiTests(Partners partners) : CareServiceTest(partners)
{

    [Fact]
    public async Task A_back_dated_price_rise_appends_a_version_and_raises_an_adjustment_for_the_days_already_committed()
    {
        var package = await LivePackage();
        var lineId = package.GetProperty("lines")[0].GetProperty("id").GetGuid();

        // £18.50 → £19.00 an hour × 14 hours: £259.00 → £266.00 a week, effective Monday 9 April, recorded 23 April.
        // 9-22 April is 14 days at £7.00 ÷ 7 = £1.00 a day: an adjustment of £14.00.
        var changed = await Read(await Journey.Broker.PostAsJsonAsync($"/api/v1/packages/{Id(package)}/cost-changes", new
        {
            lineId, unitCost = 19.00m, costFrequency = "hourly", plannedUnitsPerWeek = 14m,
            effectiveFrom = "2018-04-09", recordedOn = "2018-04-23", reason = "Annual uplift agreed with the provider",
        }));

        var adjustment = Assert.Single(changed.GetProperty("adjustments").EnumerateArray());
        Assert.Equal(14.00m, adjustment.GetProperty("amount").GetDecimal());
        Assert.Equal("2018-04-09", adjustment.GetProperty("from").GetString());
        Assert.Equal("2018-04-22", adjustment.GetProperty("to").GetString());
        var versions = changed.GetProperty("lines")[0].GetProperty("versions").EnumerateArray().ToArray();
        Assert.Equal([18.50m, 19.00m], versions.Select(v => v.GetProperty("cost").GetProperty("unitCost").GetDecimal()));
        Assert.Equal(266.00m, changed.GetProperty("personalBudgetWeekly").GetDecimal());
    }

    [Fact]
    public async Task A_cost_change_with_no_frequency_is_refused_naming_it_and_nothing_is_written()
    {
        var package = await LivePackage();
        var lineId = package.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var response = await Journey.Broker.PostAsJsonAsync($"/api/v1/packages/{Id(package)}/cost-changes", new
        {
            lineId, unitCost = 19.00m, effectiveFrom = "2018-04-09", recordedOn = "2018-04-23", reason = "Uplift",
        });
        await AssertProblemNames(response, HttpStatusCode.BadRequest, "costFrequency");
        var after = await Read(await Journey.Broker.GetAsync($"/api/v1/packages/{Id(package)}"));
        Assert.Single(after.GetProperty("lines")[0].GetProperty("versions").EnumerateArray());
        Assert.Empty(after.GetProperty("adjustments").EnumerateArray());
    }

    [Fact]
    public async Task A_package_is_read_by_the_provider_delivering_it_and_no_other_and_ends_once()
    {
        var package = await LivePackage();
        var path = $"/api/v1/packages/{Id(package)}";
        using var deliverer = Client(Service.CreateClient, "agency-manager", "1-201", Roles.ProviderUser);
        using var other = Client(Service.CreateClient, "other-manager", "1-202", Roles.ProviderUser);
        Assert.Equal(HttpStatusCode.OK, (await deliverer.GetAsync(path)).StatusCode);
        // 1-202 is named by no Wirral record, so Wirral's package is not found for it, as if it did not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await deliverer.PostAsJsonAsync($"{path}/end", new { endDate = "2018-06-30", endReason = "deceased" })).StatusCode);

        var ended = await Read(await Journey.Broker.PostAsJsonAsync($"{path}/end", new { endDate = "2018-06-30", endReason = "support-ended-as-planned" }));
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        var again = await Journey.Broker.PostAsJsonAsync($"{path}/end", new { endDate = "2018-07-31", endReason = "support-ended-as-planned" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    public async Task Started_and_changed_packages_carry_the_council_and_each_line_as_cld_reports_it()
    {
        var package = await LivePackage();
        var lineId = package.GetProperty("lines")[0].GetProperty("id").GetString();
        await Journey.Broker.PostAsJsonAsync($"/api/v1/packages/{Id(package)}/cost-changes", new
        {
            lineId, unitCost = 19.00m, costFrequency = "hourly", plannedUnitsPerWeek = 14m,
            effectiveFrom = "2018-04-09", recordedOn = "2018-04-23", reason = "Annual uplift agreed with the provider",
        });

        var started = Assert.Single(await Staged("package-started"));
        Assert.Equal("E08000015", started.GetProperty("council").GetProperty("code").GetString());
        Assert.Equal("community-or-other", started.GetProperty("routeOfAccess").GetString());
        var line = Assert.Single(started.GetProperty("serviceLines").EnumerateArray());
        Assert.Equal((lineId, "home-care", "council-commissioned-support", "1-201", "1850", "hourly", "1400"),
            (line.GetProperty("lineId").GetString(), line.GetProperty("serviceType").GetString(),
                line.GetProperty("deliveryMechanism").GetString(), line.GetProperty("provider").GetProperty("code")
                    .GetString(), line.GetProperty("unitCost").GetProperty("pence").GetString(),
                line.GetProperty("costFrequency").GetString(),
                line.GetProperty("plannedUnitsPerWeekHundredths").GetString()));
        Assert.Equal("la-social-care", line.GetProperty("fundingStatus").GetString());
        var changed = Assert.Single(await Staged("package-changed")).GetProperty("serviceLine");
        Assert.Equal(("1900", "2018-04-09"), (changed.GetProperty("unitCost").GetProperty("pence").GetString(),
            Day(changed.GetProperty("priceEffectiveFrom"))));
    }

    private static string Day(JsonElement date) =>
        $"{date.GetProperty("year").GetInt32():0000}-{date.GetProperty("month").GetInt32():00}-"
        + $"{date.GetProperty("day").GetInt32():00}";
}
