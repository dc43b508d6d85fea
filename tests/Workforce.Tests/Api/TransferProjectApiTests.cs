using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workforce.Api.Deadlines;
using static Workforce.Tests.Api.WirralWorkforce;

namespace Workforce.Tests.Api;

/// <summary>
/// A's transfer project on a real store, on the documents' dates (A §1.1 L195: Wirral Council to CWP on
/// 1 April 2018): ELI due 4 March 2018 (reg. 11(6), 28 days before); the transferee reads the ELI only
/// from the day it is provided; a late ELI without a reason and a transfer before the consultation closed
/// are refused; on the day, the records move to CWP with continuous service and terms unchanged, the
/// objector does not, and the vacancies move as vacancies.
/// </summary>
public abstract class TransferProjectApiTests : IAsyncLifetime
{
    private ClockedService _service = null!;
    private WirralWorkforce _a = null!;
    private HttpClient _wirralHr = null!;
    private HttpClient _cwpHr = null!;

    protected abstract Dictionary<string, string?> Settings();

    public async Task InitializeAsync()
    {
        _service = new ClockedService(new DateOnly(2017, 10, 1), Settings());
        _a = await Create(_service);
        await _a.StateATable();
        _wirralHr = _a.WirralAs(Roles.HrOfficer);
        _cwpHr = _a.CwpAs(Roles.HrOfficer);
        await Ok(_cwpHr.PutAsJsonAsync($"/api/v1/employers/{_a.CwpId}/establishment", new
        {
            teams = new[] { new { name = "Wirral Older People's Mental Health", staffBudget = 900_000m,
                headcount = 20, fteInPost = 18m, vacantFte = 1m } },
        }));
    }

    public async Task DisposeAsync()
    {
        _wirralHr.Dispose();
        _cwpHr.Dispose();
        await _service.DisposeAsync();
    }

    private async Task<(Guid Project, Guid[] Records)> PlanA()
    {
        var records = new[]
        {
            Id(await _a.OpenRecord("Community Mental Health Team", "Mover")),
            Id(await _a.OpenRecord("Integrated Disability Service", "Second", fte: 0.5m,
                continuousServiceStart: "1998-04-06")),
            Id(await _a.OpenRecord("Children with Disability", "Objector")),
        };
        var project = await Ok(_wirralHr.PostAsJsonAsync("/api/v1/transfer-projects", new
        {
            title = "All Age Disability transfer to CWP", transfereeCode = Cwp, transferDate = "2018-04-01",
        }));
        var id = Id(project);
        // Reg. 11(6): not less than 28 days before 1 April 2018.
        Assert.Equal("2018-03-04", project.GetProperty("eliDueOn").GetString());
        foreach (var record in records) await Step(id, "/employees", new { staffRecordId = record });
        foreach (var (team, fte) in new[] { ("Community Mental Health Team", 9m), ("Integrated Disability Service",
            4m), ("Children with Disability", 5m) })
            await Step(id, "/vacancies", new { teamName = team, fte });
        return (id, records);
    }

    private Task<JsonElement> Step(Guid project, string step, object body, HttpClient? client = null) =>
        Ok((client ?? _wirralHr).PostAsJsonAsync($"/api/v1/transfer-projects/{project}{step}", body));

    private async Task PrepareUpToEli(Guid id, Guid objector)
    {
        await Step(id, "/due-diligence", new { on = "2017-10-15" });
        await Step(id, "/due-diligence/completion", new { on = "2017-12-01" });
        await Step(id, "/actuarial-valuation", new { reference = "Merseyside Pension Fund valuation",
            receivedOn = "2017-12-10" });
        await Step(id, "/pension-decision", new { route = "lgps-admitted-body", on = "2017-12-20" });
        await Step(id, "/consultation", new
        {
            on = "2017-12-01", representatives = new[] { new { kind = "recognised-trade-union", name = "UNISON" } },
        });
        await Step(id, "/measures-letter", new { receivedOn = "2018-01-10" }, _cwpHr);
        await Step(id, "/objections", new { staffRecordId = objector, on = "2018-02-01" });
        await Step(id, "/contingency-plan", new { reference = "AAD contingency plan v2", approvedOn = "2018-02-15" });
    }

    [Fact]
    public async Task A_runs_from_due_diligence_to_transfer_and_the_records_belong_to_cwp_unchanged()
    {
        var (id, records) = await PlanA();
        await PrepareUpToEli(id, records[2]);
        await Refused(_cwpHr.GetAsync($"/api/v1/transfer-projects/{id}/eli-pack"), HttpStatusCode.Forbidden, "eli");

        _service.Clock.Today = new DateOnly(2018, 3, 1);
        await Step(id, "/eli", new { });
        var pack = await Ok(_cwpHr.GetAsync($"/api/v1/transfer-projects/{id}/eli-pack"));
        Assert.Equal(["Mover", "Second"], pack.GetProperty("employees").EnumerateArray()
            .Select(e => e.GetProperty("familyName").GetString()).Order());

        _service.Clock.Today = new DateOnly(2018, 4, 1);
        await Refused(_wirralHr.PostAsJsonAsync($"/api/v1/transfer-projects/{id}/transfer", new { }),
            HttpStatusCode.UnprocessableEntity, "consultation");
        await Step(id, "/consultation/closure", new { on = "2018-01-31" });
        var done = await Step(id, "/transfer", new { });
        Assert.Equal("transferred", done.GetProperty("status").GetString());

        var moved = await Ok(_cwpHr.GetAsync($"/api/v1/staff-records/{records[1]}"));
        Assert.Equal(Cwp, moved.GetProperty("employerCode").GetString());
        // A R-WF-06: continuous service and terms survive the transfer.
        Assert.Equal("1998-04-06", moved.GetProperty("terms").GetProperty("continuousServiceStart").GetString());
        Assert.Equal("NJC Green Book 2017", moved.GetProperty("terms").GetProperty("termsReference").GetString());
        Assert.Equal("transferred", moved.GetProperty("transferStatus").GetString());
        await Refused(_wirralHr.GetAsync($"/api/v1/staff-records/{records[1]}"), HttpStatusCode.NotFound, "id");
        var objector = await Ok(_wirralHr.GetAsync($"/api/v1/staff-records/{records[2]}"));
        Assert.Equal("objected-to-transfer", objector.GetProperty("transferStatus").GetString());
        Assert.Equal("2018-04-01", objector.GetProperty("employmentEndedOn").GetString());

        var cwp = await Ok(_cwpHr.GetAsync($"/api/v1/employers/{_a.CwpId}/establishment"));
        var teams = cwp.GetProperty("teams").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(9m, teams["Community Mental Health Team"].GetProperty("vacantFte").GetDecimal());
        Assert.Equal(1, teams["Community Mental Health Team"].GetProperty("headcount").GetInt32());
        var cwpRecords = await Ok(_cwpHr.GetAsync($"/api/v1/employers/{_a.CwpId}/staff-records"));
        Assert.Equal(2, cwpRecords.GetProperty("items").GetArrayLength());
        await EventsSay(records);
    }

    [Fact]
    public async Task The_eli_pack_states_each_record_as_it_stands_and_its_particulars_follow_the_transfer()
    {
        var (id, records) = await PlanA();
        await Ok(_wirralHr.PutAsJsonAsync($"/api/v1/staff-records/{records[0]}/hours",
            new { fte = 0.6m, payBand = "Band 7" }));
        await Ok(_wirralHr.PostAsJsonAsync($"/api/v1/staff-records/{records[0]}/cases",
            new { kind = "grievance", startedOn = "2017-06-01", summary = "Rota grievance, resolved" }));
        await PrepareUpToEli(id, records[2]);
        _service.Clock.Today = new DateOnly(2018, 3, 1);
        await Step(id, "/eli", new { });

        var pack = await Ok(_cwpHr.GetAsync($"/api/v1/transfer-projects/{id}/eli-pack"));
        var mover = pack.GetProperty("employees").EnumerateArray()
            .Single(e => e.GetProperty("familyName").GetString() == "Mover");
        Assert.Equal(0.6m, mover.GetProperty("fte").GetDecimal());
        Assert.Equal("Band 7", mover.GetProperty("payBand").GetString());
        Assert.Equal("Rota grievance, resolved", Assert.Single(mover.GetProperty("cases").EnumerateArray())
            .GetProperty("summary").GetString());

        _service.Clock.Today = new DateOnly(2018, 4, 1);
        await Step(id, "/consultation/closure", new { on = "2018-01-31" });
        await Step(id, "/transfer", new { });
        Assert.Equal([Cwp, Cwp, Wirral], await _a.ParticularsTenancies(records));
    }

    /// <summary>The outbox tells the project's facts, and names each person by pseudonym only.</summary>
    private async Task EventsSay(Guid[] records)
    {
        var scheduled = Assert.Single(await _a.Events("transfer-scheduled"));
        Assert.Equal(4, scheduled.GetProperty("eliDueBy").GetProperty("day").GetInt32());
        Assert.Single(await _a.Events("consultation-opened"));
        Assert.Single(await _a.Events("consultation-closed"));
        var eli = Assert.Single(await _a.Events("eli-provided"));
        Assert.False(eli.TryGetProperty("late", out var late) && late.GetBoolean(), eli.GetRawText());
        var transferred = await _a.Events("employee-transferred");
        Assert.Equal(2, transferred.Count);
        Assert.All(transferred, e => Assert.StartsWith("WF-",
            e.GetProperty("person").GetProperty("pseudonym").GetString()));
        Assert.All(transferred, e => Assert.DoesNotContain("Mover", e.GetRawText()));
        Assert.DoesNotContain(records[2].ToString(), string.Concat(transferred.Select(e => e.GetRawText())));
    }

    [Fact]
    public async Task Eli_after_the_deadline_without_a_reason_is_refused_and_nothing_is_written()
    {
        var (id, _) = await PlanA();
        _service.Clock.Today = new DateOnly(2018, 3, 5);
        var before = await _a.AuditCount();
        await Refused(_wirralHr.PostAsJsonAsync($"/api/v1/transfer-projects/{id}/eli", new { }),
            HttpStatusCode.BadRequest, "lateReason");
        Assert.Equal(before, await _a.AuditCount());
        var late = await Step(id, "/eli", new { lateReason = "Payroll migration delayed the pay data" });
        Assert.Equal("2018-03-05", late.GetProperty("eli").GetProperty("firstProvidedOn").GetString());
    }

    [Theory]
    [InlineData("/eli", "")]
    [InlineData("/consultation-plan", "null")]
    [InlineData("/objections", "")]
    public async Task A_step_sent_without_a_body_is_refused_naming_the_body_and_nothing_is_written(string step,
        string body)
    {
        var (id, _) = await PlanA();
        var before = await _a.AuditCount();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        await Refused(_wirralHr.PostAsync($"/api/v1/transfer-projects/{id}{step}", content),
            HttpStatusCode.BadRequest, "body");
        Assert.Equal(before, await _a.AuditCount());
    }

    [Fact]
    public async Task The_deadline_worker_raises_eli_due_then_overdue_once_each()
    {
        var (id, _) = await PlanA();
        var worker = _service.Services.GetRequiredService<TransferDeadlineWorker>();
        // 4 March 2018 is within 10 working days of 23 February 2018.
        _service.Clock.Today = new DateOnly(2018, 2, 23);
        await worker.SweepAsync();
        await worker.SweepAsync();
        var due = Assert.Single(await _a.Events("eli-due"));
        Assert.Equal(4, due.GetProperty("dueBy").GetProperty("day").GetInt32());
        Assert.Equal((2018, 2, 23), DateOf(due.GetProperty("raisedOn")));
        Assert.Equal((2018, 4, 1), DateOf(due.GetProperty("transferDate")));
        _service.Clock.Today = new DateOnly(2018, 3, 5);
        await worker.SweepAsync();
        var overdue = Assert.Single(await _a.Events("eli-overdue"));
        Assert.Equal((2018, 3, 5), DateOf(overdue.GetProperty("flaggedOn")));
        var view = await Ok(_wirralHr.GetAsync($"/api/v1/transfer-projects/{id}"));
        var eli = view.GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "eli-due");
        Assert.Equal("missed", eli.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_transfer_date_before_the_consultation_is_refused_naming_it()
    {
        var (id, _) = await PlanA();
        await Step(id, "/consultation-plan", new { opensBy = "2017-12-01", closesBy = "2018-01-31" });
        await Refused(_wirralHr.PostAsJsonAsync($"/api/v1/transfer-projects/{id}/transfer-date",
            new { transferDate = "2018-01-15" }), HttpStatusCode.BadRequest, "transferDate");
    }

    [Fact]
    public async Task Only_the_parties_see_the_project_and_a_commissioner_sees_no_personal_data()
    {
        var (id, _) = await PlanA();
        using var commissioner = _a.WirralAs(Roles.Commissioner);
        var view = await Ok(commissioner.GetAsync($"/api/v1/transfer-projects/{id}"));
        Assert.DoesNotContain("Mover", view.GetRawText());
        Assert.Equal(18m, view.GetProperty("vacantFte").GetDecimal());
        await Refused(commissioner.GetAsync($"/api/v1/transfer-projects/{id}/eli-pack"), HttpStatusCode.Forbidden);
        using var stranger = _service.ClientFor("RBL", Roles.HrOfficer);
        await Refused(stranger.GetAsync($"/api/v1/transfer-projects/{id}"), HttpStatusCode.NotFound, "id");
        Assert.Single((await Ok(_cwpHr.GetAsync("/api/v1/transfer-projects"))).EnumerateArray());
        await Refused(_cwpHr.PostAsJsonAsync($"/api/v1/transfer-projects/{id}/due-diligence",
            new { on = "2017-10-15" }),
            HttpStatusCode.Forbidden, "role");
    }

    private static (int, int, int) DateOf(JsonElement date) => (date.GetProperty("year").GetInt32(),
        date.GetProperty("month").GetInt32(), date.GetProperty("day").GetInt32());
}

public sealed class SqliteTransferProjectApiTests : TransferProjectApiTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresTransferProjectApiTests(PostgresServer postgres)
    : TransferProjectApiTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() => StoreSettings.Postgres(postgres,
        "workforce_transfer");
}
