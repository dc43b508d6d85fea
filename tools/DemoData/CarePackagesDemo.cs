using System.Text.Json;
using Commissioning.Identity;

namespace DemoData;

/// <summary>
/// One person's way through care packages in Wirral, in the A document's shape (A §3.7 L746-750): the
/// council takes the referral; CWP, under its Section 75 delegation, assesses all nine wellbeing areas
/// and drafts a plan for residential care at the Wirral West framework rate of £520 a week; the council
/// verifies it against that rate card, funds it from its 2018/19 line of Wirral's pool and puts it to the
/// market; Oak Lodge, admitted to the framework, is invited and offers. The Wirral Council token
/// run.sh prints reads the request and its ranking, as a broker would.
/// </summary>
public static class CarePackagesDemo
{
    private const string Council = "E08000015";
    private const string Cwp = "RXA";
    public const string LineCode = "ASC-PLACEMENTS-2018";

    /// <summary>The Care Act's nine wellbeing areas (A §3.4 L711-730): an assessment covers every one.</summary>
    public static readonly string[] WellbeingAreas =
    [
        "personal-dignity", "physical-and-mental-health-and-emotional-wellbeing", "protection-from-abuse-and-neglect",
        "control-over-day-to-day-life", "participation-in-work-education-training-or-recreation", "social-and-economic-wellbeing",
        "domestic-family-and-personal-relationships", "suitability-of-living-accommodation", "contribution-to-society",
    ];

    private static readonly string Intake = DemoClient.Token("demo-intake", Council, "council", Roles.Commissioner);
    private static readonly string SocialWorker = DemoClient.Token("demo-cwp-social-worker", Cwp, "provider", Roles.ProviderUser);
    private static readonly string TeamManager = DemoClient.Token("demo-cwp-team-manager", Cwp, "provider", Roles.ProviderUser);
    private static readonly string Verifier = DemoClient.Token("demo-verifier", Council, "council", Roles.Verifier);
    private static readonly string Broker = DemoClient.Token("demo-care-arranger", Council, "council", Roles.Broker);

    public static async Task Load(DemoClient api, PooledFinanceDemo.WirralFund wirral)
    {
        var line = await CouncilLine2018(api, wirral);
        var plan = await SubmittedPlan(api);
        await Verify(api, plan, wirral.Id, line);
        // Brokerage refuses a start date already passed, so the placement is sought for a fortnight from today.
        var request = DemoClient.Id(await api.Post("/api/v1/placement-requests", new
        {
            supportPlanId = DemoClient.Id(plan), serviceType = "residential-care", locality = "Wirral West",
            startDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd"),
            needsSummary = "Needs a ground-floor room and help at night.",
        }, Broker));
        var oakLodge = DemoClient.Token("demo-oak-lodge", ContractsDemo.CareHomeCode, "provider", Roles.ProviderUser);
        await api.Post($"/api/v1/placement-requests/{request}/offers",
            new { weeklyPrice = 520.00m, notes = "Ground-floor room free from the start date." }, oakLodge);
        Console.WriteLine($"""
            Brokerage (the Wirral Council token reads it; a broker would award it):
                GET /api/v1/placement-requests/{request}
                GET /api/v1/placement-requests/{request}/ranking
            """);
    }

    /// <summary>The council's 2018/19 placements line, set by its finance officer at 2017/18's adult social care budget (W:615).</summary>
    private static async Task<Guid> CouncilLine2018(DemoClient api, PooledFinanceDemo.WirralFund wirral) =>
        DemoClient.Id(await api.Post($"/api/v1/funds/{wirral.Id}/budget-lines", new
        {
            ownerBodyId = wirral.CouncilBodyId, financialYear = "2018/19", code = LineCode, name = "Adult social care placements (Pot A)",
            pot = "a", amount = 73_900_000m,
            riskAssessment = new { reference = "RA-2018/19", assessedBy = "Joint Finance Group", assessedOn = "2018-03-15" },
        }, DemoClient.Token("demo-e08000015", Council, "council", Roles.FinanceOfficer)));

    /// <summary>Registered and referred by the council; assessed, planned, quality assured and submitted by CWP.</summary>
    private static async Task<JsonElement> SubmittedPlan(DemoClient api)
    {
        // 999 000 003 4: the 999 range is kept for tests, so the demo names nobody real.
        var person = DemoClient.Id(await api.Post("/api/v1/people",
            new { nhsNumber = "9990000034", givenName = "Alex", familyName = "Morgan", dateOfBirth = "1938-02-11" }, Intake));
        var referral = DemoClient.Id(await api.Post("/api/v1/referrals",
            new { personId = person, routeOfAccess = "community-or-other", receivedOn = "2018-04-03" }, Intake));
        var assessment = "/api/v1/assessments/" + DemoClient.Id(await api.Post($"/api/v1/referrals/{referral}/assessments",
            new { startedOn = "2018-04-03" }, SocialWorker));
        foreach (var area in WellbeingAreas)
            await api.Post($"{assessment}/wellbeing", new { wellbeingArea = area, finding = "Discussed with Alex and their daughter." }, SocialWorker);
        await api.Post($"{assessment}/needs",
            new { wellbeingArea = "personal-dignity", description = "Help with personal care day and night", eligible = true }, SocialWorker);
        await api.Post($"{assessment}/completion", new { completedOn = "2018-04-03", strengths = "Close to family in West Kirby." }, SocialWorker);

        var plan = await api.Post($"{assessment}/support-plans", new { draftedOn = "2018-04-03" }, SocialWorker);
        var path = $"/api/v1/support-plans/{DemoClient.Id(plan)}";
        await api.Post($"{path}/cost-lines", new
        {
            needId = plan.GetProperty("needs")[0].GetProperty("needId").GetGuid(), serviceType = "residential-care",
            description = "Residential care", unitCost = 520.00m, costFrequency = "weekly", plannedUnitsPerWeek = (decimal?)null,
            startDate = "2018-04-09",
        }, SocialWorker);
        await api.Post($"{path}/quality-assurance", new { on = "2018-04-04" }, TeamManager);
        return await api.Post($"{path}/submission", new { on = "2018-04-04" }, SocialWorker);
    }

    /// <summary>Checked against the Wirral West rate card and a £500-£650 band, funded wholly by the council's line, agreed.</summary>
    private static async Task Verify(DemoClient api, JsonElement plan, Guid fund, Guid line)
    {
        var path = "/api/v1/verifications/" + DemoClient.Id(await api.Post($"/api/v1/support-plans/{DemoClient.Id(plan)}/verification",
            new { openedOn = "2018-04-05" }, Verifier));
        var lineId = plan.GetProperty("costLines")[0].GetProperty("id").GetGuid();
        await api.Post($"{path}/cost-checks", new { lineId, locality = "Wirral West", benchmarkLower = 500m, benchmarkUpper = 650m }, Verifier);
        var share = new { stream = "la-social-care", percent = 100m, fundId = fund, budgetLineId = line };
        await api.Put($"{path}/funding", new { shares = new[] { share } }, Verifier);
        await api.Post($"{path}/agreement", new { agreedOn = "2018-04-06" }, Verifier);
    }
}
