using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.ServiceDefaults;

namespace DemoData;

/// <summary>
/// One person's way through care packages in Wirral, along the tests' own <see cref="CarePathway"/>:
/// the council takes the referral; CWP, under its Section 75 delegation, assesses and plans residential
/// care at the Wirral West framework rate of £520 a week; the council verifies it against that rate card,
/// funds it from its 2018/19 line of Wirral's pool and puts it to the market; Oak Lodge, admitted to the
/// framework, is invited and offers. The Wirral Council token run.sh prints reads the request and its
/// ranking, as a broker would.
/// </summary>
public static class CarePackagesDemo
{
    public const string LineCode = "ASC-PLACEMENTS-2018";
    /// <summary>The council's 2018/19 line for support at home, apart from placements so each line's commitments
    /// are one journey's.</summary>
    public const string CommunityLineCode = "ASC-COMMUNITY-2018";
    /// <summary>The person whose home care is the demo's live package (the 999 range: nobody real).</summary>
    public const string HomeCareNhsNumber = "9990000409";
    public const string NeedsSummary = "Needs a ground-floor room near family in West Kirby, and help at night.";

    public static async Task Load(DemoClient api, PooledFinanceDemo.WirralFund wirral)
    {
        var pathway = new CarePathway(() => new HttpClient { BaseAddress = api.Gateway }, wirral.Id,
            await CouncilLine2018(api, wirral, LineCode, "Adult social care placements (Pot A)", 73_900_000m));
        var request = await Loaded(pathway) ?? await Brokered(pathway);
        await LiveHomeCare(api, wirral);
        Console.WriteLine($"""
            Brokerage (the Wirral Council token reads it; a broker would award it):
                GET /api/v1/placement-requests/{request}
                GET /api/v1/placement-requests/{request}/ranking
            """);
    }

    /// <summary>
    /// The request a run over kept data (KEEP_DATA=1) loaded before: an agreed verification cannot be
    /// funded again, so the journey is walked once and found after that.
    /// </summary>
    private static async Task<Guid?> Loaded(CarePathway pathway) =>
        (await CarePathway.Read(await pathway.Broker.GetAsync("/api/v1/placement-requests"))).EnumerateArray()
            .Where(r => r.GetProperty("needsSummary").GetString() == NeedsSummary).Select(r => (Guid?)CarePathway.Id(r)).FirstOrDefault();

    private static async Task<Guid> Brokered(CarePathway pathway)
    {
        // 999 000 003 4: the 999 range is kept for tests, so the demo names nobody real.
        var plan = await pathway.SubmittedPlan(CarePathway.ResidentialCare(520.00m), "9990000034");
        await pathway.Agreed(await pathway.ReadyToAgree(plan, "Wirral West", 500m, 650m));
        // Brokerage refuses a start date already passed, so the placement is sought for a fortnight from today.
        var request = CarePathway.Id(await CarePathway.Read(await pathway.Broker.PostAsJsonAsync("/api/v1/placement-requests", new
        {
            supportPlanId = CarePathway.Id(plan), serviceType = "residential-care", locality = "Wirral West",
            startDate = TimeProvider.System.LondonToday().AddDays(14).ToString("yyyy-MM-dd"),
            needsSummary = NeedsSummary,
        })));
        var oakLodge = CarePathway.Client(() => new HttpClient { BaseAddress = pathway.Broker.BaseAddress }, "oak-lodge-manager",
            ContractsDemo.CareHomeCode, Roles.ProviderUser);
        await CarePathway.Read(await oakLodge.PostAsJsonAsync($"/api/v1/placement-requests/{request}/offers",
            new { weeklyPrice = 520.00m, notes = "Ground-floor room free from the start date." }));
        return request;
    }

    /// <summary>
    /// A second person's home care, started as a live package (the statutory returns' CLD rows are live packages'
    /// lines), funded from the council's community line; walked once, found by NHS number over kept data.
    /// </summary>
    private static async Task LiveHomeCare(DemoClient api, PooledFinanceDemo.WirralFund wirral)
    {
        // W gives no split of the council's 2018/19 budget between placements and support at home: a demo figure.
        var line = await CouncilLine2018(api, wirral, CommunityLineCode, "Adult social care at home (Pot A)",
            10_000_000m);
        var pathway = new CarePathway(() => new HttpClient { BaseAddress = api.Gateway }, wirral.Id, line);
        var known = await CarePathway.Read(await pathway.Commissioner.GetAsync(
            $"/api/v1/people?nhsNumber={HomeCareNhsNumber}"));
        if (known.GetArrayLength() == 0) await pathway.LiveHomeCare(HomeCareNhsNumber);
    }

    /// <summary>A council 2018/19 line, set by its finance officer (placements: 2017/18's adult social care budget,
    /// W:615).</summary>
    private static async Task<Guid> CouncilLine2018(DemoClient api, PooledFinanceDemo.WirralFund wirral, string code,
        string name, decimal amount) =>
        DemoClient.Id(await api.Post($"/api/v1/funds/{wirral.Id}/budget-lines", new
        {
            ownerBodyId = wirral.CouncilBodyId, financialYear = "2018/19", code, name, pot = "a", amount,
            riskAssessment = new { reference = "RA-2018/19", assessedBy = "Joint Finance Group", assessedOn = "2018-03-15" },
        }, DemoClient.Token("demo-e08000015", CarePathway.Council, "council", Roles.FinanceOfficer)));
}
