using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;

namespace DemoData;

/// <summary>
/// The A document's shape through the API (A §3.7 L746-750): Wirral Council (E08000015) takes the
/// referral, CWP (RXA) assesses and plans under the Section 75 delegation in appsettings.Development.json,
/// the council verifies (against contracts' rate cards and pooled finance's headroom on the council's
/// line <paramref name="budgetLineId"/> of <paramref name="fundId"/>) and brokers. Each step is a
/// partner's HTTP call, to the service itself or through the gateway. One definition serves the demo
/// (<see cref="CarePackagesDemo"/>) and the tests' CareJourney.
/// </summary>
public class CarePathway(Func<HttpClient> newClient, Guid fundId, Guid budgetLineId)
{
    public const string Council = "E08000015";
    public const string Cwp = "RXA";

    /// <summary>The Care Act's nine wellbeing areas (A §3.4 L711-730): an assessment covers every one.</summary>
    public static readonly string[] WellbeingAreas =
    [
        "personal-dignity", "physical-and-mental-health-and-emotional-wellbeing", "protection-from-abuse-and-neglect",
        "control-over-day-to-day-life", "participation-in-work-education-training-or-recreation", "social-and-economic-wellbeing",
        "domestic-family-and-personal-relationships", "suitability-of-living-accommodation", "contribution-to-society",
    ];

    public HttpClient Commissioner { get; } = Client(newClient, "intake-1", Council, Roles.Commissioner);
    public HttpClient Practitioner { get; } = Client(newClient, "cwp-social-worker", Cwp, Roles.ProviderUser);
    public HttpClient QualityReviewer { get; } = Client(newClient, "cwp-team-manager", Cwp, Roles.ProviderUser);
    public HttpClient Verifier { get; } = Client(newClient, "verifier-1", Council, Roles.Verifier);
    public HttpClient SeniorVerifier { get; } = Client(newClient, "senior-verifier-1", Council, Roles.SeniorVerifier);
    public HttpClient Broker { get; } = Client(newClient, "care-arranger-1", Council, Roles.Broker);

    public static HttpClient Client(Func<HttpClient> newClient, string subject, string organisation, params string[] roles)
    {
        var client = newClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Mint(
            new DevelopmentTokenRequest(subject, organisation, roles, OrganisationKind: organisation == Council ? "council" : "provider")));
        return client;
    }

    public async Task<JsonElement> Register(string nhsNumber = "943 476 5919", string dateOfBirth = "1980-05-17") =>
        await Read(await Commissioner.PostAsJsonAsync("/api/v1/people", new { nhsNumber, givenName = "Sam", familyName = "Jones", dateOfBirth }));

    /// <summary>Referral, CWP's assessment of all nine wellbeing areas with one eligible need, completed.</summary>
    public async Task<JsonElement> EligibleAssessment(JsonElement person)
    {
        var referral = await Read(await Commissioner.PostAsJsonAsync("/api/v1/referrals",
            new { personId = Id(person), routeOfAccess = "community-or-other", receivedOn = "2018-04-03" }));
        var assessment = await Read(await Practitioner.PostAsJsonAsync($"/api/v1/referrals/{Id(referral)}/assessments", new { startedOn = "2018-04-03" }));
        var path = $"/api/v1/assessments/{Id(assessment)}";
        foreach (var area in WellbeingAreas)
            await Read(await Practitioner.PostAsJsonAsync($"{path}/wellbeing", new { wellbeingArea = area, finding = "Discussed with Sam." }));
        await Read(await Practitioner.PostAsJsonAsync($"{path}/needs", new { wellbeingArea = "personal-dignity", description = "Help with personal care", eligible = true }));
        return await Read(await Practitioner.PostAsJsonAsync($"{path}/completion", new { completedOn = "2018-04-03", strengths = "Enjoys gardening; wants to stay at home." }));
    }

    /// <summary>A plan drafted by CWP with one cost line, still a draft.</summary>
    public async Task<JsonElement> DraftedPlan(object costLine, string nhsNumber = "943 476 5919")
    {
        var assessment = await EligibleAssessment(await Register(nhsNumber));
        var plan = await Read(await Practitioner.PostAsJsonAsync($"/api/v1/assessments/{Id(assessment)}/support-plans", new { draftedOn = "2018-04-03" }));
        var needId = plan.GetProperty("needs")[0].GetProperty("needId").GetGuid();
        return await Read(await Practitioner.PostAsJsonAsync($"/api/v1/support-plans/{Id(plan)}/cost-lines",
            WithNeed(costLine, needId)));
    }

    /// <summary>A plan drafted by CWP with one cost line, quality assured by a second CWP user and submitted.</summary>
    public async Task<JsonElement> SubmittedPlan(object costLine, string nhsNumber = "943 476 5919")
    {
        var path = $"/api/v1/support-plans/{Id(await DraftedPlan(costLine, nhsNumber))}";
        await Read(await QualityReviewer.PostAsJsonAsync($"{path}/quality-assurance", new { on = "2018-04-04" }));
        return await Read(await Practitioner.PostAsJsonAsync($"{path}/submission", new { on = "2018-04-04" }));
    }

    /// <summary>
    /// Opens verification, checks the one line against the rate card of <paramref name="locality"/> (none:
    /// a spot purchase) and the band, and sets a single LA funding share on the council's 2018/19 line.
    /// </summary>
    public async Task<JsonElement> ReadyToAgree(JsonElement plan, string? locality, decimal benchmarkLower, decimal benchmarkUpper)
    {
        var verification = await Read(await Verifier.PostAsJsonAsync($"/api/v1/support-plans/{Id(plan)}/verification", new { openedOn = "2018-04-05" }));
        var path = $"/api/v1/verifications/{Id(verification)}";
        var lineId = plan.GetProperty("costLines")[0].GetProperty("id").GetGuid();
        await Read(await Verifier.PostAsJsonAsync($"{path}/cost-checks", new { lineId, locality, benchmarkLower, benchmarkUpper }));
        return await Read(await Verifier.PutAsJsonAsync($"{path}/funding", new
        {
            shares = new[] { new { stream = "la-social-care", percent = 100m, fundId, budgetLineId } },
        }));
    }

    public static object Agreement() => new { agreedOn = "2018-04-06" };

    /// <summary>The verifier agrees the plan's funding; its commitments go to pooled finance by event.</summary>
    public async Task<JsonElement> Agreed(JsonElement verification) =>
        await Read(await Verifier.PostAsJsonAsync($"/api/v1/verifications/{Id(verification)}/agreement", Agreement()));

    /// <summary>
    /// The broker starts the agreed plan as a live package on Monday 9 April 2018, its one line arranged as
    /// council-commissioned support delivered by <paramref name="providerCode"/>.
    /// </summary>
    public async Task<JsonElement> Started(JsonElement plan, string providerCode = Cwp) =>
        await Read(await Broker.PostAsJsonAsync("/api/v1/packages", new
        {
            supportPlanId = Id(plan), startDate = "2018-04-09",
            arrangements = new[]
            {
                new
                {
                    planLineId = plan.GetProperty("costLines")[0].GetProperty("id").GetGuid(),
                    mechanism = "council-commissioned-support", providerCode,
                },
            },
        }));

    /// <summary>
    /// Home care at £18.50 × 14 hours = £259.00 a week for the person of <paramref name="nhsNumber"/>: planned,
    /// verified against a £240-£280 band (no rate card: a spot purchase), agreed and started.
    /// </summary>
    public async Task<JsonElement> LiveHomeCare(string nhsNumber)
    {
        var plan = await SubmittedPlan(HomeCare(18.50m, 14m), nhsNumber);
        await Agreed(await ReadyToAgree(plan, null, 240m, 280m));
        return await Started(plan);
    }

    public static object HomeCare(decimal hourly = 18.50m, decimal hours = 14m) => new
    {
        serviceType = "home-care", description = "Home care, two visits a day", unitCost = hourly, costFrequency = "hourly",
        plannedUnitsPerWeek = hours, startDate = "2018-04-09",
    };

    public static object ResidentialCare(decimal weekly) => new
    {
        serviceType = "residential-care", description = "Residential care", unitCost = weekly, costFrequency = "weekly",
        plannedUnitsPerWeek = (decimal?)null, startDate = "2018-04-09",
    };

    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new DemoDataException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} was refused with {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    private static object WithNeed(object costLine, Guid needId)
    {
        var fields = JsonSerializer.SerializeToElement(costLine).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        fields["needId"] = needId;
        return fields;
    }
}
