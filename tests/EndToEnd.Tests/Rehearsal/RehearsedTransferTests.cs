using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Xunit;
using static DemoData.CarePathway;
using static DemoData.WorkforceDemo;

namespace EndToEnd.Tests.Rehearsal;

/// <summary>
/// A's transfer (A §1.1 L195: Wirral Council to CWP on 1 April 2018) run through the gateway on the platform's
/// own clock, set day by day to the documents' dates: from due diligence to the transfer of A's whole in-scope
/// workforce (A §1.15 L374-379: headcount 123, 110 FTE in post, 18 FTE vacant), with the staffing forecast of
/// A Table 1 committed on the pool line it names through the sidecars on the way.
/// </summary>
[Collection(RehearsalCollection.Name)]
public sealed class RehearsedTransferTests(RehearsalPlatform platform) : IDisposable
{
    /// <summary>A's three teams: headcount and FTE in post (A §1.15 L374-377), as full- and half-time staff.</summary>
    private static readonly (string Team, int FullTime, int HalfTime)[] Staff =
    [
        ("Community Mental Health Team", 56, 14), // 70 people, 63 FTE
        ("Integrated Disability Service", 21, 4), // 25 people, 23 FTE
        ("Children with Disability", 20, 8), // 28 people, 24 FTE
    ];

    private const string TransfereeCode = DemoData.WorkforceDemo.Cwp;
    private readonly HttpClient _wirralHr = platform.ClientFor(Wirral, Roles.HrOfficer);
    private readonly HttpClient _cwpHr = platform.ClientFor(TransfereeCode, Roles.HrOfficer);
    private readonly HttpClient _finance = platform.ClientFor(Council, Roles.FinanceOfficer);

    [Fact]
    public async Task A_runs_to_transfer_and_on_1_April_2018_its_123_staff_and_18_vacancies_belong_to_CWP()
    {
        platform.SetDate(2017, 10, 1);
        var (wirral, cwp) = (await EmployerId(_wirralHr, Wirral), await EmployerId(_cwpHr, TransfereeCode));
        var opened = await OpenAStaff(wirral);
        await Read(await _cwpHr.PutAsJsonAsync($"/api/v1/employers/{cwp}/establishment", new
        {
            teams = new[] { new { name = "Wirral Older People's Mental Health", staffBudget = 900_000m,
                headcount = 20, fteInPost = 18m, vacantFte = 1m } },
        }));
        var project = await Plan(opened.Keys);
        await Prepare(project);
        await CommitTheForecast(wirral);

        platform.SetDate(2018, 3, 1);
        await Step(project, "/eli", new { }); // due 4 March 2018 (reg. 11(6)): on time
        var pack = await Read(await _cwpHr.GetAsync($"/api/v1/transfer-projects/{project}/eli-pack"));
        Assert.Equal(123, pack.GetProperty("employees").GetArrayLength());

        platform.SetDate(2018, 3, 31);
        await Answers.Refused(_wirralHr.PostAsJsonAsync($"/api/v1/transfer-projects/{project}/transfer", new { }),
            HttpStatusCode.UnprocessableEntity, "transferDate");
        platform.SetDate(2018, 4, 1);
        Assert.Equal("transferred", (await Step(project, "/transfer", new { })).GetProperty("status").GetString());

        var moved = await RecordsOf(_cwpHr, cwp);
        Assert.Equal((123, 110m),
            (moved.Count, moved.Sum(r => r.GetProperty("terms").GetProperty("fte").GetDecimal())));
        // A R-WF-06: each record moves with its continuous-service date and terms unchanged.
        Assert.All(moved, r => Assert.Equal(opened[r.GetProperty("id").GetGuid()],
            r.GetProperty("terms").GetProperty("continuousServiceStart").GetString()));
        Assert.All(moved, r => Assert.Equal("NJC Green Book 2017",
            r.GetProperty("terms").GetProperty("termsReference").GetString()));
        Assert.DoesNotContain(await RecordsOf(_wirralHr, wirral),
            r => opened.ContainsKey(r.GetProperty("id").GetGuid()));
        var teams = (await Read(await _cwpHr.GetAsync($"/api/v1/employers/{cwp}/establishment")))
            .GetProperty("teams").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal([(70, 9m), (25, 4m), (28, 5m)], Staff.Select(s => (teams[s.Team].GetProperty("headcount")
            .GetInt32(), teams[s.Team].GetProperty("vacantFte").GetDecimal())));
    }

    private static async Task<Guid> EmployerId(HttpClient hr, string code) =>
        Id((await Read(await hr.GetAsync("/api/v1/employers"))).EnumerateArray()
            .Single(e => e.GetProperty("code").GetString() == code));

    /// <summary>Opens A's 123 records in Wirral's teams; each record's id with its continuous-service start.</summary>
    private async Task<Dictionary<Guid, string>> OpenAStaff(Guid wirral)
    {
        var teams = (await Read(await _wirralHr.GetAsync($"/api/v1/employers/{wirral}/establishment")))
            .GetProperty("teams").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, Id);
        var opened = new Dictionary<Guid, string>();
        foreach (var (team, fullTime, halfTime) in Staff)
            for (var i = 0; i < fullTime + halfTime; i++)
            {
                var (fte, since) = i < fullTime ? (1m, "2009-09-01") : (0.5m, "1998-04-06");
                var body = StaffRecordBody(teams[team], $"A{opened.Count:000}", fte, since);
                opened.Add(Id(await Read(await _wirralHr.PostAsJsonAsync(
                    $"/api/v1/employers/{wirral}/staff-records", body))), since);
            }
        return opened;
    }

    private async Task<Guid> Plan(IEnumerable<Guid> records)
    {
        // The demo links its transfer to its s75 delegation; this one names the same, checked over gRPC.
        var demo = (await Read(await _wirralHr.GetAsync("/api/v1/transfer-projects"))).EnumerateArray()
            .First(p => p.GetProperty("transfereeCode").GetString() == TransfereeCode);
        var project = Id(await Read(await _wirralHr.PostAsJsonAsync("/api/v1/transfer-projects", new
        {
            title = "All Age Disability transfer to CWP (rehearsed)", transfereeCode = TransfereeCode,
            transferDate = "2018-04-01", arrangementKind = "contract",
            arrangementId = demo.GetProperty("arrangement").GetProperty("id").GetGuid(),
        })));
        foreach (var record in records) await Step(project, "/employees", new { staffRecordId = record });
        foreach (var (team, fte) in new[] { (Staff[0].Team, 9m), (Staff[1].Team, 4m), (Staff[2].Team, 5m) })
            await Step(project, "/vacancies", new { teamName = team, fte });
        return project;
    }

    /// <summary>Each step on its own day, the transferee's measures letter by CWP's HR officer.</summary>
    private async Task Prepare(Guid project)
    {
        platform.SetDate(2017, 10, 15);
        await Step(project, "/due-diligence", new { on = "2017-10-15" });
        platform.SetDate(2017, 12, 1);
        await Step(project, "/due-diligence/completion", new { on = "2017-12-01" });
        await Step(project, "/consultation", new
        {
            on = "2017-12-01", representatives = new[] { new { kind = "recognised-trade-union", name = "UNISON" } },
        });
        platform.SetDate(2017, 12, 20);
        await Step(project, "/actuarial-valuation", new { reference = "Merseyside Pension Fund valuation",
            receivedOn = "2017-12-10" });
        await Step(project, "/pension-decision", new { route = "lgps-admitted-body", on = "2017-12-20" });
        platform.SetDate(2018, 1, 10);
        await Step(project, "/measures-letter", new { receivedOn = "2018-01-10" }, _cwpHr);
        platform.SetDate(2018, 1, 31);
        await Step(project, "/consultation/closure", new { on = "2018-01-31" });
        platform.SetDate(2018, 2, 15);
        await Step(project, "/contingency-plan",
            new { reference = "AAD contingency plan v2", approvedOn = "2018-02-15" });
    }

    /// <summary>A Table 1 (A §4.9 L840-848): £5.19m of bases, 1% pay award, 2.5% vacancy factor, 1.5% unpaid
    /// leave give £5.03m for 2018/19, committed on the pool line the forecast names.</summary>
    private async Task CommitTheForecast(Guid wirral)
    {
        var (fund, line) = await WirralPool.CouncilLine2018(_finance, "AAD-STAFF-2018", amount: 6_000_000m);
        var forecast = await Read(await _wirralHr.PostAsJsonAsync($"/api/v1/employers/{wirral}/staffing-forecasts",
            new { title = "All Age Disability staffing", fundId = fund, budgetLineCode = "AAD-STAFF-2018" }));
        var year = await Read(await _wirralHr.PutAsJsonAsync($"/api/v1/staffing-forecasts/{Id(forecast)}/years/2018",
            new { payAwardPercent = 1m, vacancyFactorPercent = 2.5m, unpaidLeavePercent = 1.5m }));

        Assert.Equal(5_030_000m, year.GetProperty("years")[0].GetProperty("subtotal").GetDecimal());
        Assert.Equal(5_030_000m, await WirralPool.CommittedOnceSettled(_finance, fund, line, expected: 5_030_000m));
    }

    private async Task<JsonElement> Step(Guid project, string step, object body, HttpClient? client = null) =>
        await Read(await (client ?? _wirralHr).PostAsJsonAsync($"/api/v1/transfer-projects/{project}{step}", body));

    /// <summary>Every staff record of the employer, page by page as a partner reads them.</summary>
    private static async Task<List<JsonElement>> RecordsOf(HttpClient hr, Guid employer)
    {
        var records = new List<JsonElement>();
        for (string? after = null; ;)
        {
            var page = await Read(await hr.GetAsync($"/api/v1/employers/{employer}/staff-records?limit=100"
                + (after is null ? "" : $"&after={after}")));
            records.AddRange(page.GetProperty("items").EnumerateArray());
            if (!page.TryGetProperty("next", out var next) || next.ValueKind != JsonValueKind.String) return records;
            after = next.GetString();
        }
    }

    public void Dispose()
    {
        _wirralHr.Dispose();
        _cwpHr.Dispose();
        _finance.Dispose();
    }
}
