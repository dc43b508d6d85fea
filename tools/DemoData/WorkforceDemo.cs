using System.Text.Json;
using Commissioning.Identity;
using Commissioning.ServiceDefaults;

namespace DemoData;

/// <summary>
/// The workforce of A's Section 75 delegation (A §1.1 L165, §1.15 L374-379): Wirral Council, the transferor,
/// and CWP, the transferee, each registered by its own HR officer, and Wirral's three in-scope teams with the
/// document's total row (128 FTE in scope: 110 in post and 18 vacant; headcount 123; £5.19m); A's transfer
/// project with a few of its staff; W's council commissioners who stay with the council (W:845, W:856); and
/// S's programme-office post hosted by Staffordshire County Council, open to NHS and council staff (S:57-59).
/// </summary>
public static class WorkforceDemo
{
    public const string Wirral = "E08000015";
    public const string Cwp = "RXA";
    public const string Staffordshire = "E10000028";
    public const string ProgrammeOfficePost = "Commissioning Manager (HWB programme office)";
    private const string CommissioningHub = "Integrated Commissioning Hub (council commissioners)";

    /// <summary>A's three in-scope teams (A §1.15 L374-377); the tests state the same table.</summary>
    public static object[] ATeams =>
    [
        new { name = "Community Mental Health Team", staffBudget = 3_090_000m, headcount = 70, fteInPost = 63m,
            vacantFte = 9m },
        new { name = "Integrated Disability Service", staffBudget = 1_040_000m, headcount = 25, fteInPost = 23m,
            vacantFte = 4m },
        new { name = "Children with Disability", staffBudget = 1_060_000m, headcount = 28, fteInPost = 24m,
            vacantFte = 5m },
    ];

    /// <summary>A's total row (A §1.15 L379), which must equal the sum of its teams.</summary>
    public static object ATotal(int headcount = 123) => new
    {
        label = "Total", staffBudget = 5_190_000m, headcount, fteInPost = 110m, vacantFte = 18m, inScopeFte = 128m,
        teamNames = new[]
        {
            "Community Mental Health Team", "Integrated Disability Service", "Children with Disability",
        },
    };

    /// <summary>
    /// W's council commissioners: "Approximately 50 full time equivalent (FTE) staff" (W:845) who stay with the
    /// council, co-located with the CCG's (W:856). W states no budget for them, so the team's is 0 here.
    /// </summary>
    private static object WCommissioners => new
    {
        name = CommissioningHub, staffBudget = 0m, headcount = 50, fteInPost = 50m, vacantFte = 0m,
    };

    public static async Task Load(DemoClient api, Guid s75Delegation)
    {
        var wirralHr = DemoClient.Token("demo-wirral-hr", Wirral, "council", Roles.HrOfficer);
        var cwpHr = DemoClient.Token("demo-cwp-hr", Cwp, "nhs", Roles.HrOfficer);
        var sccHr = DemoClient.Token("demo-scc-hr", Staffordshire, "council", Roles.HrOfficer);
        var wirral = await Register(api, "Wirral Council", "council", Wirral, wirralHr);
        await Register(api, "Cheshire and Wirral Partnership NHS Foundation Trust", "nhs-body", Cwp, cwpHr);
        var scc = await Register(api, "Staffordshire County Council", "council", Staffordshire, sccHr);
        var teams = (await api.Put($"/api/v1/employers/{wirral}/establishment",
            new { teams = ATeams.Append(WCommissioners), totals = new[] { ATotal() } }, wirralHr))
            .GetProperty("teams");
        var project = await ATransfer(api, wirral, teams, s75Delegation, wirralHr);
        await WCoLocated(api, wirral, teams, wirralHr);
        var post = DemoClient.Id(await api.Post($"/api/v1/employers/{scc}/posts", new
        {
            title = ProgrammeOfficePost, fte = 1m, // S:57
            openTo = new[] { "nhs", "local-government" }, fundedFrom = "JCU pooled fund", // S:59
        }, sccHr));
        Console.WriteLine($"""
            Workforce (A's s75 delegation to CWP), with this Wirral Council HR officer's token (8 hours):
                GET /api/v1/employers/{wirral}/establishment
                GET /api/v1/transfer-projects/{project}
                GET /api/v1/employers/{wirral}/staff-records
            {wirralHr}
              S's programme-office post, with this Staffordshire County Council HR officer's token (8 hours):
                GET /api/v1/posts/{post}
            {sccHr}
            """);
    }

    private static async Task<Guid> Register(DemoClient api, string name, string kind, string code, string hr) =>
        DemoClient.Id(await api.Post("/api/v1/employers", new { name, kind, code }, hr));

    /// <summary>
    /// A's transfer to CWP (A §1.1 L195) with three of its staff and the teams' 18 vacant FTE (A §1.15 L379). The
    /// service plans a transfer only for a future date and the platform runs on today's clock, so A's
    /// 1 April 2018 is replayed as the next 1 April; the project is linked to the demo's s75 delegation.
    /// </summary>
    private static async Task<Guid> ATransfer(DemoClient api, Guid wirral, JsonElement teams, Guid s75Delegation,
        string hr)
    {
        var project = DemoClient.Id(await api.Post("/api/v1/transfer-projects", new
        {
            title = "All Age Disability transfer to CWP", transfereeCode = Cwp, transferDate = NextFirstOfApril(),
            arrangementKind = "contract", arrangementId = s75Delegation,
        }, hr));
        string[] staff = ["Jones", "Okafor", "Hughes"];
        for (var i = 0; i < staff.Length; i++)
        {
            var record = await OpenRecord(api, wirral, teams[i], staff[i], hr);
            await api.Post($"/api/v1/transfer-projects/{project}/employees", new { staffRecordId = record }, hr);
        }
        foreach (var team in teams.EnumerateArray().Take(3))
            await api.Post($"/api/v1/transfer-projects/{project}/vacancies", new
            {
                teamName = team.GetProperty("name").GetString(), fte = team.GetProperty("vacantFte").GetDecimal(),
            }, hr);
        return project;
    }

    /// <summary>Two of W's 50 FTE are enough to show them: co-located at Old Market House (W:991-993) and
    /// recorded as not transferring by the FBC's decision (W:856).</summary>
    private static async Task WCoLocated(DemoClient api, Guid wirral, JsonElement teams, string hr)
    {
        foreach (var familyName in new[] { "Morgan", "Ellis" })
        {
            var record = await OpenRecord(api, wirral, teams[3], familyName, hr);
            await api.Put($"/api/v1/staff-records/{record}/integration",
                new { status = "co-located", workLocation = "Old Market House, 4th floor" }, hr);
            await api.Post($"/api/v1/staff-records/{record}/no-transfer-decision", new
            {
                body = "Wirral Council Cabinet", reference = "ICH FBC 27.11.17 (W:856)", decidedOn = "2017-11-27",
            }, hr);
        }
    }

    private static async Task<Guid> OpenRecord(DemoClient api, Guid employer, JsonElement team, string familyName,
        string hr) => DemoClient.Id(await api.Post($"/api/v1/employers/{employer}/staff-records",
        StaffRecordBody(DemoClient.Id(team), familyName), hr));

    /// <summary>A council officer on NJC terms in the LGPS (A's staff and W's commissioners alike), in the team
    /// named by id; the tests open records the same way.</summary>
    public static object StaffRecordBody(Guid teamId, string familyName, decimal fte = 1m,
        string continuousServiceStart = "2009-09-01") => new
    {
        teamId,
        person = new { givenName = "Alex", familyName, dateOfBirth = "1980-05-17", payrollNumber = "P" + familyName },
        terms = new { fte, continuousServiceStart, termsReference = "NJC Green Book 2017",
            pensionScheme = "local-government-pension-scheme", payBand = "PO3" },
    };

    /// <summary>
    /// The first 1 April after the services' today, the London date: by the UTC date, still 31 March between
    /// midnight and 1am BST, the demo would plan the transfer for a day the service counts as today and refuses.
    /// </summary>
    private static string NextFirstOfApril()
    {
        var today = TimeProvider.System.LondonToday();
        var april = new DateOnly(today.Year, 4, 1);
        return (april > today ? april : april.AddYears(1)).ToString("yyyy-MM-dd");
    }
}
