using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Commissioning.Testing.CareJourney;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>
/// LA verification over HTTP (P CPV-04; A R-CPB-02 "within delegated authority"). The documents give no
/// limits, so appsettings.json sets a verifier's to £1,000.00 a week and £2,000.00 one-off.
/// </summary>
[Collection(PartnersCollection.Name)]
public sealed class VerificationApiTests(Partners partners) : CareServiceTest(partners)
{

    [Fact]
    public async Task A_verifier_agrees_home_care_within_the_limit_and_the_check_shows_its_arithmetic()
    {
        // £18.50 an hour × 14 hours = £259.00 a week, £0.50 (2.78%) above Wirral West's £18.00 rate card in contracts (£7.00 a week more).
        var plan = await Journey.SubmittedPlan(HomeCare(18.50m, 14m));
        var verification = await Journey.ReadyToAgree(plan, locality: Partners.Locality, benchmarkLower: 240m, benchmarkUpper: 280m);
        var check = verification.GetProperty("costChecks")[0];
        Assert.Equal(259.00m, check.GetProperty("amount").GetDecimal());
        Assert.Equal(7.00m, check.GetProperty("difference").GetDecimal());
        Assert.Equal(2.78m, check.GetProperty("differencePercent").GetDecimal());
        Assert.Equal("within", check.GetProperty("position").GetString());
        var path = $"/api/v1/verifications/{Id(verification)}";

        var unjustified = await Journey.Verifier.PostAsJsonAsync($"{path}/agreement", Agreement());
        await AssertProblemNames(unjustified, HttpStatusCode.UnprocessableEntity, "justification");
        await Read(await Journey.Verifier.PostAsJsonAsync($"{path}/justifications", new
        {
            lineId = check.GetProperty("lineId").GetGuid(), reason = "Double-handed visits at short notice.",
        }));
        var agreed = await Read(await Journey.Verifier.PostAsJsonAsync($"{path}/agreement", Agreement()));

        Assert.Equal("agreed", agreed.GetProperty("status").GetString());
        Assert.Equal(259.00m, agreed.GetProperty("weeklyCost").GetDecimal());
        var planAfter = await Read(await Journey.Verifier.GetAsync($"/api/v1/support-plans/{Id(plan)}"));
        Assert.Equal("agreed", planAfter.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Above_the_limit_a_verifier_is_refused_naming_the_weekly_cost_and_a_senior_verifier_agrees()
    {
        // Residential care at £1,150.00 a week is above the verifier's £1,000.00.
        var plan = await Journey.SubmittedPlan(ResidentialCare(1_150m));
        var verification = await Journey.ReadyToAgree(plan, locality: null, benchmarkLower: 1_000m, benchmarkUpper: 1_200m);
        var path = $"/api/v1/verifications/{Id(verification)}";

        var refused = await Journey.Verifier.PostAsJsonAsync($"{path}/agreement", Agreement());
        await AssertProblemNames(refused, HttpStatusCode.Forbidden, "weeklyCost");
        Assert.Equal("open", (await Read(await Journey.Verifier.GetAsync(path))).GetProperty("status").GetString());

        var agreed = await Read(await Journey.SeniorVerifier.PostAsJsonAsync($"{path}/agreement", Agreement()));
        Assert.Equal("agreed", agreed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task At_exactly_the_limit_a_verifier_agrees()
    {
        var plan = await Journey.SubmittedPlan(ResidentialCare(1_000m));
        var verification = await Journey.ReadyToAgree(plan, locality: null, benchmarkLower: 900m, benchmarkUpper: 1_100m);
        var agreed = await Journey.Agreed(verification);
        Assert.Equal("agreed", agreed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_provider_user_cannot_open_or_decide_a_verification()
    {
        var plan = await Journey.SubmittedPlan(HomeCare());
        var open = await Journey.Practitioner.PostAsJsonAsync($"/api/v1/support-plans/{Id(plan)}/verification", new { openedOn = "2018-04-05" });
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);

        var verification = await Journey.ReadyToAgree(plan, null, 240m, 280m);
        var decide = await Journey.Practitioner.PostAsJsonAsync($"/api/v1/verifications/{Id(verification)}/agreement", Agreement());
        Assert.Equal(HttpStatusCode.Forbidden, decide.StatusCode);
    }

    [Fact]
    public async Task A_returned_plan_goes_back_to_its_drafter_with_the_reasons()
    {
        var plan = await Journey.SubmittedPlan(HomeCare());
        var verification = await Journey.ReadyToAgree(plan, null, 240m, 280m);
        var returned = await Read(await Journey.Verifier.PostAsJsonAsync($"/api/v1/verifications/{Id(verification)}/return", new
        {
            reasons = new[] { "cost-not-evidenced" }, note = "Show why two carers are needed.", returnedOn = "2018-04-06",
        }));
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        var planAfter = await Read(await Journey.Practitioner.GetAsync($"/api/v1/support-plans/{Id(plan)}"));
        Assert.Equal("draft", planAfter.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Above_its_limit_a_verifier_hears_403_even_while_pooled_finance_is_unreachable()
    {
        await using var cutOff = new ServiceUnderTest<Program>(new Dictionary<string, string?>(Partners.Settings)
        {
            ["Services:PooledFinance"] = $"http://127.0.0.1:{FreePort.Next()}",
        });
        var journey = new CareJourney(cutOff.CreateClient, Partners.WirralFund, Partners.CouncilLine);
        var plan = await journey.SubmittedPlan(ResidentialCare(1_150m));
        var verification = await journey.ReadyToAgree(plan, locality: null, benchmarkLower: 1_000m, benchmarkUpper: 1_200m);
        var path = $"/api/v1/verifications/{Id(verification)}";

        await AssertProblemNames(await journey.Verifier.PostAsJsonAsync($"{path}/agreement", Agreement()), HttpStatusCode.Forbidden, "weeklyCost");
        var unavailable = await journey.SeniorVerifier.PostAsJsonAsync($"{path}/agreement", Agreement());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Equal("application/problem+json", unavailable.Content.Headers.ContentType?.MediaType);
        Assert.Equal("open", (await Read(await journey.Verifier.GetAsync(path))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_locality_without_a_rate_card_for_the_line_is_refused_naming_it_and_no_check_is_written()
    {
        var plan = await Journey.SubmittedPlan(HomeCare());
        var verification = await Read(await Journey.Verifier.PostAsJsonAsync($"/api/v1/support-plans/{Id(plan)}/verification", new { openedOn = "2018-04-05" }));
        var path = $"/api/v1/verifications/{Id(verification)}";
        var lineId = plan.GetProperty("costLines")[0].GetProperty("id").GetGuid();

        var refused = await Journey.Verifier.PostAsJsonAsync($"{path}/cost-checks", new { lineId, locality = "Birkenhead", benchmarkLower = 240m, benchmarkUpper = 280m });

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Empty((await Read(await Journey.Verifier.GetAsync(path))).GetProperty("costChecks").EnumerateArray());
    }
}
