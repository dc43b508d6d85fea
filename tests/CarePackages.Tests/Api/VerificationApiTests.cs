using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static CarePackages.Tests.Api.CareJourney;

namespace CarePackages.Tests.Api;

/// <summary>
/// LA verification over HTTP (P CPV-04; A R-CPB-02 "within delegated authority"). The documents give no
/// limits, so appsettings.json sets a verifier's to £1,000.00 a week and £2,000.00 one-off.
/// </summary>
public sealed class VerificationApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private CareJourney _journey = null!;

    public Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _journey = new CareJourney(_service.CreateClient);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_verifier_agrees_home_care_within_the_limit_and_the_check_shows_its_arithmetic()
    {
        // £18.50 an hour × 14 hours = £259.00 a week, £0.50 (2.78%) above a £18.00 contracted rate (£7.00 a week more).
        var plan = await _journey.SubmittedPlan(HomeCare(18.50m, 14m));
        var verification = await _journey.ReadyToAgree(plan, contractedUnitRate: 18.00m, benchmarkLower: 240m, benchmarkUpper: 280m);
        var check = verification.GetProperty("costChecks")[0];
        Assert.Equal(259.00m, check.GetProperty("amount").GetDecimal());
        Assert.Equal(7.00m, check.GetProperty("difference").GetDecimal());
        Assert.Equal(2.78m, check.GetProperty("differencePercent").GetDecimal());
        Assert.Equal("within", check.GetProperty("position").GetString());
        var path = $"/api/v1/verifications/{Id(verification)}";

        var unjustified = await _journey.Verifier.PostAsJsonAsync($"{path}/agreement", Agreement());
        await AssertProblemNames(unjustified, HttpStatusCode.UnprocessableEntity, "justification");
        await Read(await _journey.Verifier.PostAsJsonAsync($"{path}/justifications", new
        {
            lineId = check.GetProperty("lineId").GetGuid(), reason = "Double-handed visits at short notice.",
        }));
        var agreed = await Read(await _journey.Verifier.PostAsJsonAsync($"{path}/agreement", Agreement()));

        Assert.Equal("agreed", agreed.GetProperty("status").GetString());
        Assert.Equal(259.00m, agreed.GetProperty("weeklyCost").GetDecimal());
        var planAfter = await Read(await _journey.Verifier.GetAsync($"/api/v1/support-plans/{Id(plan)}"));
        Assert.Equal("agreed", planAfter.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Above_the_limit_a_verifier_is_refused_naming_the_weekly_cost_and_a_senior_verifier_agrees()
    {
        // Residential care at £1,150.00 a week is above the verifier's £1,000.00.
        var plan = await _journey.SubmittedPlan(ResidentialCare(1_150m));
        var verification = await _journey.ReadyToAgree(plan, contractedUnitRate: 1_150m, benchmarkLower: 1_000m, benchmarkUpper: 1_200m);
        var path = $"/api/v1/verifications/{Id(verification)}";

        var refused = await _journey.Verifier.PostAsJsonAsync($"{path}/agreement", Agreement());
        await AssertProblemNames(refused, HttpStatusCode.Forbidden, "weeklyCost");
        Assert.Equal("open", (await Read(await _journey.Verifier.GetAsync(path))).GetProperty("status").GetString());

        var agreed = await Read(await _journey.SeniorVerifier.PostAsJsonAsync($"{path}/agreement", Agreement()));
        Assert.Equal("agreed", agreed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task At_exactly_the_limit_a_verifier_agrees()
    {
        var plan = await _journey.SubmittedPlan(ResidentialCare(1_000m));
        var verification = await _journey.ReadyToAgree(plan, contractedUnitRate: 1_000m, benchmarkLower: 900m, benchmarkUpper: 1_100m);
        var agreed = await Read(await _journey.Verifier.PostAsJsonAsync($"/api/v1/verifications/{Id(verification)}/agreement", Agreement()));
        Assert.Equal("agreed", agreed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_provider_user_cannot_open_or_decide_a_verification()
    {
        var plan = await _journey.SubmittedPlan(HomeCare());
        var open = await _journey.Practitioner.PostAsJsonAsync($"/api/v1/support-plans/{Id(plan)}/verification", new { openedOn = "2018-04-05" });
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);

        var verification = await _journey.ReadyToAgree(plan, 18.50m, 240m, 280m);
        var decide = await _journey.Practitioner.PostAsJsonAsync($"/api/v1/verifications/{Id(verification)}/agreement", Agreement());
        Assert.Equal(HttpStatusCode.Forbidden, decide.StatusCode);
    }

    [Fact]
    public async Task A_returned_plan_goes_back_to_its_drafter_with_the_reasons()
    {
        var plan = await _journey.SubmittedPlan(HomeCare());
        var verification = await _journey.ReadyToAgree(plan, 18.50m, 240m, 280m);
        var returned = await Read(await _journey.Verifier.PostAsJsonAsync($"/api/v1/verifications/{Id(verification)}/return", new
        {
            reasons = new[] { "cost-not-evidenced" }, note = "Show why two carers are needed.", returnedOn = "2018-04-06",
        }));
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        var planAfter = await Read(await _journey.Practitioner.GetAsync($"/api/v1/support-plans/{Id(plan)}"));
        Assert.Equal("draft", planAfter.GetProperty("status").GetString());
    }
}
