extern alias WorkforceService;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using DemoData;

namespace Authorisation.Tests;

/// <summary>
/// Workforce on real Kestrel with its gRPC port and the run command's demo data (WorkforceDemo: Wirral Council's
/// establishment, A's transfer project to CWP with three of its staff, W's co-located commissioners), plus a post
/// of Wirral's, Wirral's staffing forecast with its 2018/19 year, and Wirral CCG registered as the employer of its
/// commissioners, co-located with the council's (W:856); and the ids the workforce matrix calls with.
/// The staff record is one of W's commissioners, who stay with the council (W:856), so no step of the transfer
/// moves it to another employer while the matrix runs.
/// </summary>
public sealed class WorkforceWorld : IAsyncLifetime
{
    public const int ForecastYear = 2018;

    /// <summary>A's recurrent cost whose amount is to be confirmed (A §1.15, table 1).</summary>
    public const string RecurrentCost = "VAT Liability";

    public ServiceHost<WorkforceService::Program> Workforce { get; } = new();
    public Guid Employer { get; private set; }
    public Guid Team { get; private set; }
    public string TeamName { get; private set; } = "";
    public Guid StaffRecord { get; private set; }
    /// <summary>One of A's staff assigned to the transfer project.</summary>
    public Guid Transferring { get; private set; }
    public Guid Project { get; private set; }
    public Guid Post { get; private set; }
    public Guid Forecast { get; private set; }

    public async Task InitializeAsync()
    {
        var loader = PartnerUser.Token(Callers.WirralCouncil, Roles.PlatformAdmin);
        await WorkforceDemo.Load(new DemoClient(Workforce.HttpAddress, loader), Guid.NewGuid());
        using var hr = Hr(Callers.WirralCouncil);
        var wirral = (await Get(hr, "/api/v1/employers")).EnumerateArray().Single();
        Employer = IdOf(wirral);
        var team = (await Get(hr, $"/api/v1/employers/{Employer}/establishment")).GetProperty("teams")[0];
        (Team, TeamName) = (IdOf(team), team.GetProperty("name").GetString()!);
        var staff = (await Get(hr, $"/api/v1/employers/{Employer}/staff-records")).GetProperty("items");
        StaffRecord = IdOf(staff.EnumerateArray().First(r => FamilyName(r) == "Ellis"));
        Transferring = IdOf(staff.EnumerateArray().First(r => FamilyName(r) == "Jones"));
        Project = IdOf((await Get(hr, "/api/v1/transfer-projects")).EnumerateArray().Single());
        Post = IdOf(await Answers.Ok(hr.PostAsJsonAsync($"/api/v1/employers/{Employer}/posts",
            new { title = "Senior Social Worker", fte = 1m, openTo = new[] { "local-government" } })));
        Forecast = IdOf(await Answers.Ok(hr.PostAsJsonAsync($"/api/v1/employers/{Employer}/staffing-forecasts",
            new { title = "All Age Disability staffing" })));
        await Answers.Ok(hr.PutAsJsonAsync($"/api/v1/staffing-forecasts/{Forecast}/years/{ForecastYear}",
            new { payAwardPercent = 1m, vacancyFactorPercent = 2.5m, unpaidLeavePercent = 1.5m }));
        await Answers.Ok(hr.PostAsJsonAsync($"/api/v1/staffing-forecasts/{Forecast}/recurrent-costs",
            new { name = RecurrentCost, fromYear = ForecastYear }));
        await CwpsEstablishment();
        using var ccg = Hr(Callers.WirralCcg);
        await Answers.Ok(ccg.PostAsJsonAsync("/api/v1/employers",
            new { name = "NHS Wirral CCG", kind = "nhs-body", code = Callers.WirralCcg }));
    }

    /// <summary>The transferee's own team, which A's staff would join: a transfer needs both establishments.</summary>
    private async Task CwpsEstablishment()
    {
        using var cwp = Hr(Callers.Cwp);
        var employer = IdOf((await Get(cwp, "/api/v1/employers")).EnumerateArray().Single());
        await Answers.Ok(cwp.PutAsJsonAsync($"/api/v1/employers/{employer}/establishment", new
        {
            teams = new[]
            {
                new { name = "All Age Disability", staffBudget = 0m, headcount = 0, fteInPost = 0m, vacantFte = 0m },
            },
        }));
    }

    /// <summary>A client of workforce as an HR officer of <paramref name="employer"/>.</summary>
    public HttpClient Hr(string employer) => PartnerUser.Client(Workforce.HttpAddress, employer, Roles.HrOfficer);

    private static Task<JsonElement> Get(HttpClient client, string path) => Answers.Ok(client.GetAsync(path));

    private static string? FamilyName(JsonElement record) =>
        record.GetProperty("person").GetProperty("familyName").GetString();

    private static Guid IdOf(JsonElement record) => record.GetProperty("id").GetGuid();

    public async Task DisposeAsync() => await Workforce.DisposeAsync();
}
