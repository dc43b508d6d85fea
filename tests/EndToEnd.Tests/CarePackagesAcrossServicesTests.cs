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
    private FrameworkMarket Market => new(_commissioner);

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
        var package = await journey.Started(plan);
        await Read(await journey.Broker.PostAsJsonAsync($"/api/v1/packages/{Id(package)}/end", new { endDate = "2018-06-30", endReason = "support-ended-as-planned" }));
        Assert.Equal(3_071.00m, await CommittedOnceSettled(fund, line, expected: 3_071.00m));
    }

    [Fact]
    public async Task A_provider_admitted_awarded_and_rated_is_offered_a_placement_and_once_suspended_is_left_out_of_the_next()
    {
        var (fund, line) = await WirralPool.CouncilLine2018(_finance);
        var journey = new CareJourney(() => new HttpClient { BaseAddress = platform.Gateway }, fund, line);
        var home = await Market.AdmittedCareHome();

        var first = await FrameworkMarket.PlacementRequest(journey, "9434765870");
        Assert.Contains(home.Code, InvitedCodes(first));

        await Read(await _commissioner.PostAsJsonAsync($"/api/v1/providers/{home.Id}/suspension", new
        {
            reason = "Safeguarding investigation", on = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        }));
        var next = await FrameworkMarket.PlacementRequest(journey, "9990000018");
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
        var home = await Market.AdmittedCareHome(
            new { fundId = fund, pot = "a", budgetLineCode = "RESIDENTIAL-FRAMEWORK" });
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

    private Task<decimal> CommittedOnceSettled(Guid fund, Guid line, decimal expected) =>
        WirralPool.CommittedOnceSettled(_finance, fund, line, expected);

    private static IEnumerable<string?> InvitedCodes(JsonElement request) =>
        request.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("providerCode").GetString());
}
