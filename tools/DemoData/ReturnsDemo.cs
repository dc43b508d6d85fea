using System.Text.Json;
using Commissioning.Identity;
using Commissioning.ServiceDefaults;

namespace DemoData;

/// <summary>
/// After the care journeys, Wirral Council's returns officer works the CLD return of the quarter last ended
/// (issue 18 cap. 2 and 7): opens it, collects the rows the live packages' events built, with the person fields
/// from the council's case record, validates, and if nothing is found signs it off and submits it. Then the pool's
/// quarterly report to the partners on the fund the council hosts, 2017/18 Q2, the quarter of the demo's forecast
/// overspend (issue 18 cap. 5), and the BCF quarter of the fund's Better Care Fund, validated with its findings
/// (cap. 4). The demo prints what it did and the officer's token. Over kept data the returns
/// already opened are shown as they stand.
/// </summary>
public static class ReturnsDemo
{
    public static async Task Load(DemoClient api)
    {
        var officer = new ReturnsOfficer(() => new HttpClient { BaseAddress = api.Gateway });
        var period = ReturnsOfficer.LastEndedQuarter(TimeProvider.System.LondonToday());
        var statutoryReturn = await officer.Existing(period) ?? await Worked(api, officer, period);
        var id = DemoClient.Id(statutoryReturn);
        var poolReport = await officer.Existing(PoolQuarter, PoolReport) ?? await PoolReportWorked(officer);
        var bcf = await officer.Existing(PoolQuarter, BcfQuarter) ?? await BcfQuarterValidated(officer);
        Console.WriteLine($"""
            Statutory returns (Wirral Council's CLD return for {period}: {Summary(statutoryReturn)};
            the pool's report to partners for {PoolQuarter}: {Summary(poolReport)};
            the BCF quarter {PoolQuarter} of Wirral's Better Care Fund: {Summary(bcf)}),
            with this Wirral Council returns officer's token (8 hours):
                GET /api/v1/returns
                GET /api/v1/returns/{id}
                GET /api/v1/returns/{id}/artefact
                GET /api/v1/returns/{DemoClient.Id(poolReport)}/artefact
                GET /api/v1/returns/{DemoClient.Id(bcf)}   # the BCF quarter's findings
            {Token(officer)}
            """);
    }

    private const string PoolReport = "pool-quarterly";
    private const string PoolQuarter = "2017/18 Q2";

    /// <summary>The host council's report on its pooled fund, from pooled finance's books when collected.</summary>
    private static async Task<JsonElement> PoolReportWorked(ReturnsOfficer officer)
    {
        var id = DemoClient.Id(await officer.Opened(PoolQuarter, PoolReport));
        await officer.Step(id, "collections");
        return await officer.Submitted(id);
    }

    private const string BcfQuarter = "bcf-quarter";

    /// <summary>
    /// The BCF quarter of Wirral's Better Care Fund (issue 18 cap. 4), collected and validated but left for the
    /// officer: W's plan states no local minimum and its fund no scheme, and the demo records no formal s75 decision,
    /// so the findings say so (MinimumStated, IncomeTiesToThePlan, S75PoolingInPlace) rather than a submission.
    /// </summary>
    private static async Task<JsonElement> BcfQuarterValidated(ReturnsOfficer officer)
    {
        var id = DemoClient.Id(await officer.Opened(PoolQuarter, BcfQuarter));
        await officer.Step(id, "collections");
        return await officer.Step(id, "validations");
    }

    private static async Task<JsonElement> Worked(DemoClient api, ReturnsOfficer officer, string period)
    {
        var id = DemoClient.Id(await officer.Opened(period));
        var finance = CarePathway.Client(() => new HttpClient { BaseAddress = api.Gateway }, "demo-e08000015",
            CarePathway.Council, Roles.FinanceOfficer);
        // The live package's start travels to the returns service by event: collected once its row is there.
        await officer.CollectedOnce(id, await ReturnsOfficer.PeopleWithLivePackages(finance),
            version => version.GetProperty("rows").GetInt32() > 0);
        return await officer.Submitted(id);
    }

    /// <summary>"1 row, 0 findings, submitted, SHA-256 ..." of the return's current version.</summary>
    private static string Summary(JsonElement statutoryReturn)
    {
        var current = ReturnsOfficer.Current(statutoryReturn);
        var hash = current.GetProperty("submission") is { ValueKind: JsonValueKind.Object } submission
            ? $", SHA-256 {submission.GetProperty("artefactSha256").GetString()}" : "";
        return $"{Count(current.GetProperty("rows").GetInt32(), "row")}, "
            + $"{Count(current.GetProperty("findings").GetArrayLength(), "finding")}, "
            + $"{statutoryReturn.GetProperty("status").GetString()}{hash}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Token(ReturnsOfficer officer) =>
        officer.Client.DefaultRequestHeaders.Authorization!.Parameter!;
}
