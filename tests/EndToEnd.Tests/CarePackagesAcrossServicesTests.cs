using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Xunit;
using static DemoData.CarePathway;

namespace EndToEnd.Tests;

/// <summary>
/// Care packages working with contracts and pooled finance on the running platform: every call goes
/// through the gateway; care packages asks the others over gRPC; commitments travel as events through
/// the local sidecars and Redis.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CarePackagesAcrossServicesTests(LocalPlatform platform)
{
    private readonly HttpClient _commissioner = platform.ClientFor(Council, Roles.Commissioner);
    private readonly HttpClient _finance = platform.ClientFor(Council, Roles.FinanceOfficer);

    [Fact]
    public async Task A_verified_package_is_committed_in_wirrals_demo_pool_and_ending_it_releases_the_unused_part()
    {
        var (fund, line) = await WirralPool.CouncilLine2018(_finance);
        var journey = new CareJourney(() => new HttpClient { BaseAddress = platform.Gateway }, fund, line);

        // Home care at £18.50 × 14 hours = £259.00 a week from Monday 9 April 2018: 357 days to 31 March 2019,
        // £259.00 × 357 ÷ 7 = £13,209.00 committed for 2018/19.
        var plan = await journey.SubmittedPlan(HomeCare(18.50m, 14m), nhsNumber: "4505577104");
        var verification = await journey.ReadyToAgree(plan, null, 240m, 280m);
        await journey.Agreed(verification);
        Assert.Equal(13_209.00m, await CommittedOnceSettled(fund, line, expected: 13_209.00m));

        // Ended on 30 June 2018: 274 days to 31 March released, £259.00 × 274 ÷ 7 = £10,138.00, leaving the
        // £3,071.00 the 83 days it ran cost.
        var package = await Read(await journey.Broker.PostAsJsonAsync("/api/v1/packages", new
        {
            supportPlanId = Id(plan), startDate = "2018-04-09",
            arrangements = new[] { new { planLineId = plan.GetProperty("costLines")[0].GetProperty("id").GetGuid(), mechanism = "council-commissioned-support", providerCode = "RXA" } },
        }));
        await Read(await journey.Broker.PostAsJsonAsync($"/api/v1/packages/{Id(package)}/end", new { endDate = "2018-06-30", endReason = "support-ended-as-planned" }));
        Assert.Equal(3_071.00m, await CommittedOnceSettled(fund, line, expected: 3_071.00m));
    }

    [Fact]
    public async Task A_provider_admitted_awarded_and_rated_is_offered_a_placement_and_once_suspended_is_left_out_of_the_next()
    {
        var (fund, line) = await WirralPool.CouncilLine2018(_finance);
        var journey = new CareJourney(() => new HttpClient { BaseAddress = platform.Gateway }, fund, line);
        var home = await NewCareHomeOnTheFramework();

        var first = await PlacementRequest(journey, "9434765870");
        Assert.Contains(home.Code, InvitedCodes(first));

        await Read(await _commissioner.PostAsJsonAsync($"/api/v1/providers/{home.Id}/suspension", new
        {
            reason = "Safeguarding investigation", on = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        }));
        var next = await PlacementRequest(journey, "9990000018");
        Assert.DoesNotContain(home.Code, InvitedCodes(next));
        Assert.Contains("VNKAB", InvitedCodes(next));
        // And by event, through the sidecars: its invitation to the first request, still open, lapses.
        Assert.Equal("Suspended: Safeguarding investigation", await WithdrawalOnceSettled(journey, first, home.Code));
    }

    /// <summary>Why the provider's invitation to the request lapsed, read until the event has arrived (at most a minute).</summary>
    private static async Task<string?> WithdrawalOnceSettled(CareJourney journey, JsonElement request, string providerCode)
    {
        string? why = null;
        for (var deadline = DateTime.UtcNow.AddMinutes(1); why is null && DateTime.UtcNow < deadline; await Task.Delay(250))
            why = (await Read(await journey.Broker.GetAsync($"/api/v1/placement-requests/{Id(request)}"))).GetProperty("invitations").EnumerateArray()
                .Single(i => i.GetProperty("providerCode").GetString() == providerCode).GetProperty("withdrawnBecause").GetString();
        return why;
    }

    [Fact]
    public async Task A_contract_awarded_and_varied_through_the_gateway_is_committed_on_its_line_of_wirrals_pool()
    {
        var (fund, line) = await WirralPool.CouncilLine2018(_finance, "RESIDENTIAL-FRAMEWORK");
        var home = await NewCareHomeOnTheFramework(new { fundId = fund, pot = "a", budgetLineCode = "RESIDENTIAL-FRAMEWORK" });
        // £250,000 a year from 1 April 2018: the whole of it in 2018/19.
        Assert.Equal(250_000.00m, await CommittedOnceSettled(fund, line, expected: 250_000.00m));

        // £10,000 more a year from 1 October 2018: 182 of 2018/19's 365 days, £4,986.30 more.
        var contract = Id((await Read(await _commissioner.GetAsync("/api/v1/contracts"))).EnumerateArray()
            .Single(c => c.GetProperty("reference").GetString() == $"WIR-RES-{home.Code}"));
        await Read(await _commissioner.PostAsJsonAsync($"/api/v1/contracts/{contract}/variations", new
        {
            reason = "Night staffing", effectiveFrom = "2018-10-01", annualValueChange = 10_000m, newEndsOn = (string?)null,
            approvals = new[] { new { organisationCode = Council, approvedBy = "Head of Commissioning", approvedOn = "2018-09-01" } },
        }));
        Assert.Equal(254_986.30m, await CommittedOnceSettled(fund, line, expected: 254_986.30m));
    }

    /// <summary>Registered, rated Good, paying the living wage, through due diligence to an award, admitted, with places.</summary>
    private async Task<(Guid Id, string Code)> NewCareHomeOnTheFramework(object? funding = null)
    {
        var code = "E" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..7];
        var id = Id(await Read(await _commissioner.PostAsJsonAsync("/api/v1/providers", new
        {
            name = $"Care home {code}", odsCode = code, sector = "private", cqcLocationId = "1-" + Random.Shared.Next(100_000_000, 999_999_999),
        })));
        await Read(await _commissioner.PostAsJsonAsync($"/api/v1/providers/{id}/cqc-ratings", new { rating = "good", ratedOn = "2018-01-10" }));
        await Read(await _commissioner.PostAsJsonAsync($"/api/v1/providers/{id}/living-wage", new { status = "paid", confirmedOn = "2018-01-10" }));
        var dueDiligence = Id(await Read(await _commissioner.PostAsJsonAsync($"/api/v1/providers/{id}/due-diligence", new { startedOn = "2018-02-01" })));
        foreach (var (area, function) in DemoData.ContractsDemo.NineAreas)
            await Read(await _commissioner.PostAsJsonAsync($"/api/v1/due-diligence/{dueDiligence}/assessments", new
            {
                area, function, assessor = "Evaluation team", outcome = "satisfactory", assessedOn = "2018-02-15",
            }));
        await Read(await _commissioner.PostAsJsonAsync($"/api/v1/due-diligence/{dueDiligence}/sign-off", new
        {
            signedOffBy = "Graham Hodkinson", signatoryRole = "Director for Adult Care and Health",
            signedOffOn = "2018-02-20",
        }));
        await Read(await _commissioner.PostAsJsonAsync("/api/v1/contracts", new
        {
            reference = $"WIR-RES-{code}", title = "Residential care, Wirral West", contractType = "local-authority-contract", providerId = id,
            dueDiligenceId = dueDiligence, commissioners = new[] { Council }, leadCommissioner = Council,
            funding = funding ?? new { fundId = Guid.NewGuid(), pot = "a" }, annualValue = 250_000m, startsOn = "2018-04-01", endsOn = "2021-03-31",
            noticeMonths = 3, vatStatus = "exempt", route = "framework-call-off",
            approvals = new[] { new { organisationCode = Council, approvedBy = "Head of Commissioning", approvedOn = "2018-03-01" } }, awardedOn = "2018-03-15",
        }));
        var framework = Id((await Read(await _commissioner.GetAsync("/api/v1/frameworks")))[0]);
        var lots = new[] { new { serviceType = "residential-care", locality = "Wirral West" } };
        await Read(await _commissioner.PostAsJsonAsync($"/api/v1/frameworks/{framework}/admissions", new { providerId = id, admittedOn = "2018-04-01", lots }));
        await Read(await _commissioner.PutAsJsonAsync($"/api/v1/providers/{id}/capacity", new { serviceType = "residential-care", locality = "Wirral West", places = 3 }));
        return (id, code);
    }

    /// <summary>Residential care at £520.00 a week (the framework rate) agreed for someone new, then put to the market.</summary>
    private static async Task<JsonElement> PlacementRequest(CareJourney journey, string nhsNumber)
    {
        var plan = await journey.SubmittedPlan(ResidentialCare(520m), nhsNumber);
        var verification = await journey.ReadyToAgree(plan, "Wirral West", 500m, 650m);
        await journey.Agreed(verification);
        return await Read(await journey.Broker.PostAsJsonAsync("/api/v1/placement-requests", new
        {
            supportPlanId = Id(plan), serviceType = "residential-care", locality = "Wirral West",
            startDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd"), needsSummary = "Needs a ground-floor room and help at night.",
        }));
    }

    private Task<decimal> CommittedOnceSettled(Guid fund, Guid line, decimal expected) =>
        WirralPool.CommittedOnceSettled(_finance, fund, line, expected);

    private static IEnumerable<string?> InvitedCodes(JsonElement request) =>
        request.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("providerCode").GetString());
}
