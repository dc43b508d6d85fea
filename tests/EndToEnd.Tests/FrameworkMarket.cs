using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.ServiceDefaults;
using Commissioning.Testing;
using static DemoData.CarePathway;

namespace EndToEnd.Tests;

/// <summary>
/// Wirral's residential care market as the end-to-end tests grow it through the gateway: new care homes brought
/// onto the demo's framework by the council's commissioner, and placements put to the market.
/// </summary>
public sealed class FrameworkMarket(HttpClient commissioner)
{
    public const string WirralWest = "Wirral West";

    /// <summary>
    /// Registered, rated Good, paying the living wage, through due diligence to an award, admitted to the
    /// framework's residential lot in <paramref name="locality"/>, with places.
    /// </summary>
    public async Task<(Guid Id, string Code)> AdmittedCareHome(object? funding = null, string locality = WirralWest)
    {
        var code = "E" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..7];
        var id = Id(await Read(await commissioner.PostAsJsonAsync("/api/v1/providers", new
        {
            name = $"Care home {code}", odsCode = code, sector = "private",
            cqcLocationId = "1-" + Random.Shared.Next(100_000_000, 999_999_999),
        })));
        await Read(await commissioner.PostAsJsonAsync($"/api/v1/providers/{id}/cqc-ratings",
            new { rating = "good", ratedOn = "2018-01-10" }));
        await Read(await commissioner.PostAsJsonAsync($"/api/v1/providers/{id}/living-wage",
            new { status = "paid", confirmedOn = "2018-01-10" }));
        var dueDiligence = await DueDiligenceSignedOff(id);
        await Read(await commissioner.PostAsJsonAsync("/api/v1/contracts", new
        {
            reference = $"WIR-RES-{code}", title = $"Residential care, {locality}",
            contractType = "local-authority-contract", providerId = id, dueDiligenceId = dueDiligence,
            commissioners = new[] { Council }, leadCommissioner = Council,
            funding = funding ?? new { fundId = Guid.NewGuid(), pot = "a" }, annualValue = 250_000m,
            startsOn = "2018-04-01", endsOn = "2021-03-31", noticeMonths = 3, vatStatus = "exempt",
            route = "framework-call-off", awardedOn = "2018-03-15",
            approvals = new[]
            {
                new { organisationCode = Council, approvedBy = "Head of Commissioning", approvedOn = "2018-03-01" },
            },
        }));
        var lots = new[] { new { serviceType = "residential-care", locality } };
        var framework = await FrameworkWith(locality) ?? Id(await Read(await commissioner.PostAsJsonAsync(
            "/api/v1/frameworks", new
            {
                name = $"Residential care framework, {locality}", opensOn = "2018-04-01", closesOn = (string?)null,
                requiresLivingWage = true, lots,
            })));
        await Read(await commissioner.PostAsJsonAsync($"/api/v1/frameworks/{framework}/admissions",
            new { providerId = id, admittedOn = "2018-04-01", lots }));
        await Read(await commissioner.PutAsJsonAsync($"/api/v1/providers/{id}/capacity",
            new { serviceType = "residential-care", locality, places = 3 }));
        return (id, code);
    }

    /// <summary>The framework with a residential lot in the locality: the demo's for Wirral West.</summary>
    private async Task<Guid?> FrameworkWith(string locality) =>
        (await Read(await commissioner.GetAsync("/api/v1/frameworks"))).EnumerateArray()
            .Where(f => f.GetProperty("lots").EnumerateArray()
                .Any(l => l.GetProperty("locality").GetString() == locality))
            .Select(f => (Guid?)Id(f)).FirstOrDefault();

    private async Task<Guid> DueDiligenceSignedOff(Guid provider)
    {
        var dueDiligence = Id(await Read(await commissioner.PostAsJsonAsync(
            $"/api/v1/providers/{provider}/due-diligence", new { startedOn = "2018-02-01" })));
        foreach (var (area, function) in DemoData.ContractsDemo.NineAreas)
            await Read(await commissioner.PostAsJsonAsync($"/api/v1/due-diligence/{dueDiligence}/assessments", new
            {
                area, function, assessor = "Evaluation team", outcome = "satisfactory", assessedOn = "2018-02-15",
            }));
        await Read(await commissioner.PostAsJsonAsync($"/api/v1/due-diligence/{dueDiligence}/sign-off", new
        {
            signedOffBy = "Graham Hodkinson", signatoryRole = "Director for Adult Care and Health",
            signedOffOn = "2018-02-20",
        }));
        return dueDiligence;
    }

    /// <summary>
    /// Residential care at £520.00 a week (the framework rate) agreed for someone new, then put to the market
    /// in <paramref name="locality"/>.
    /// </summary>
    public static async Task<JsonElement> PlacementRequest(CareJourney journey, string nhsNumber,
        string locality = WirralWest)
    {
        var plan = await journey.SubmittedPlan(ResidentialCare(520m), nhsNumber);
        var verification = await journey.ReadyToAgree(plan, WirralWest, 500m, 650m);
        await journey.Agreed(verification);
        return await Read(await journey.Broker.PostAsJsonAsync("/api/v1/placement-requests", new
        {
            supportPlanId = Id(plan), serviceType = "residential-care", locality,
            startDate = TimeProvider.System.LondonToday().AddDays(14).ToString("yyyy-MM-dd"),
            needsSummary = "Needs a ground-floor room and help at night.",
        }));
    }
}
