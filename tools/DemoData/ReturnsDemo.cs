using System.Text.Json;
using Commissioning.Identity;
using Commissioning.ServiceDefaults;

namespace DemoData;

/// <summary>
/// After the care journeys, Wirral Council's returns officer works the CLD return of the quarter last ended
/// (issue 18 cap. 2 and 7): opens it, collects the rows the live packages' events built, with the person fields
/// from the council's case record, validates, and if nothing is found signs it off and submits it. The demo
/// prints what it did and the officer's token. Over kept data the return already opened is shown as it stands.
/// </summary>
public static class ReturnsDemo
{
    public static async Task Load(DemoClient api)
    {
        var officer = new ReturnsOfficer(() => new HttpClient { BaseAddress = api.Gateway });
        var period = ReturnsOfficer.LastEndedQuarter(TimeProvider.System.LondonToday());
        var statutoryReturn = await officer.Existing(period) ?? await Worked(api, officer, period);
        var id = DemoClient.Id(statutoryReturn);
        Console.WriteLine($"""
            Statutory returns (Wirral Council's CLD return for {period}: {Summary(statutoryReturn)}),
            with this Wirral Council returns officer's token (8 hours):
                GET /api/v1/returns
                GET /api/v1/returns/{id}
                GET /api/v1/returns/{id}/artefact
            {Token(officer)}
            """);
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
