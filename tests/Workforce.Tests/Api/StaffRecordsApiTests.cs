using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workforce.Api.Infrastructure;
using static Workforce.Tests.Api.WirralWorkforce;

namespace Workforce.Tests.Api;

/// <summary>
/// Staff records on a real store (issue 17 §2, §3, §7): the employer's HR officers alone read personal data;
/// its commissioners are refused (they read the establishment's counts); another employer does not learn the
/// record exists. Lists are paged in the store. A secondment to CWP leaves employer, sector, pension and
/// continuity as they were (S:59); bad input is refused naming the field, writing nothing.
/// </summary>
public abstract class StaffRecordsApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private WirralWorkforce _a = null!;

    protected abstract Dictionary<string, string?> Settings();

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>(Settings());
        _a = await Create(_service);
        await _a.StateATable();
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Only_the_employers_hr_officer_reads_the_personal_data_and_the_opening_is_audited()
    {
        var opened = await _a.OpenRecord("Community Mental Health Team", "Jones");
        var path = $"/api/v1/staff-records/{Id(opened)}";
        var reference = opened.GetProperty("reference").GetString()!;
        Assert.StartsWith("WF-", reference);
        Assert.DoesNotContain("Jones", reference, StringComparison.OrdinalIgnoreCase);

        using var hr = _a.WirralAs(Roles.HrOfficer);
        var read = await Ok(hr.GetAsync(path));
        Assert.Equal("Jones", read.GetProperty("person").GetProperty("familyName").GetString());
        using var commissioner = _a.WirralAs(Roles.Commissioner);
        await Refused(commissioner.GetAsync(path), HttpStatusCode.Forbidden);
        await Refused(commissioner.GetAsync($"/api/v1/employers/{_a.WirralId}/staff-records"),
            HttpStatusCode.Forbidden);
        using var cwpHr = _a.CwpAs(Roles.HrOfficer);
        await Refused(cwpHr.GetAsync(path), HttpStatusCode.NotFound, "id");

        await using var scope = _service.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<WorkforceStore>().Set<AuditRecord>()
            .SingleAsync(a => a.EntityType == "StaffRecord" && a.EntityId == Id(opened).ToString());
        Assert.Equal((Wirral, "added", "hr-officer"), (audit.Organisation, audit.Action, audit.Authority));
    }

    [Fact]
    public async Task An_fte_below_zero_or_above_one_is_refused_naming_it_and_nothing_is_written()
    {
        var before = await _a.AuditCount();
        await Assert.ThrowsAsync<InvalidOperationException>(() => _a.OpenRecord("Children with Disability",
            "Below", fte: -0.5m));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _a.OpenRecord("Children with Disability",
            "Above", fte: 1.2m));
        using var hr = _a.WirralAs(Roles.HrOfficer);
        var record = await _a.OpenRecord("Children with Disability", "Valid");
        var after = await _a.AuditCount();
        Assert.Equal(before + 1, after);
        await Refused(hr.PutAsJsonAsync($"/api/v1/staff-records/{Id(record)}/hours", new { fte = -1m }),
            HttpStatusCode.BadRequest, "fte");
        Assert.Equal(after, await _a.AuditCount());
    }

    [Fact]
    public async Task The_list_is_paged_in_id_order_and_every_record_appears_once()
    {
        var opened = new List<Guid>();
        for (var i = 0; i < 5; i++) opened.Add(Id(await _a.OpenRecord("Integrated Disability Service", $"Staff{i}")));
        using var hr = _a.WirralAs(Roles.HrOfficer);
        var seen = new List<Guid>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await Ok(hr.GetAsync($"/api/v1/employers/{_a.WirralId}/staff-records?limit=2"
                + (after is null ? "" : $"&after={after}")));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(Id));
            after = page.GetProperty("next").ValueKind == System.Text.Json.JsonValueKind.Null ? null
                : page.GetProperty("next").GetString();
            pages++;
        } while (after is not null);
        Assert.Equal(3, pages);
        Assert.Equal(opened.Order(), seen.Order());
        Assert.Equal(5, seen.Distinct().Count());
        await Refused(hr.GetAsync($"/api/v1/employers/{_a.WirralId}/staff-records?limit=501"),
            HttpStatusCode.BadRequest,
            "limit");
    }

    [Fact]
    public async Task A_secondment_to_cwp_leaves_the_employment_as_it_was_and_spells_may_not_overlap()
    {
        var record = await _a.OpenRecord("Community Mental Health Team", "Seconded");
        var path = $"/api/v1/staff-records/{Id(record)}/assignments";
        using var hr = _a.WirralAs(Roles.HrOfficer);
        var seconded = await Ok(hr.PostAsJsonAsync(path, new
        {
            kind = "secondment", hostCode = Cwp, start = "2017-10-01", end = "2018-03-31",
            recharge = new { basis = "full-cost" },
        }));
        Assert.Equal(Cwp, seconded.GetProperty("assignments")[0].GetProperty("hostCode").GetString());
        // S:59 and A R-WF-06: the employer, sector, pension and continuous service do not change.
        Assert.Equal(Wirral, seconded.GetProperty("employerCode").GetString());
        Assert.Equal("local-government", seconded.GetProperty("sector").GetString());
        Assert.Equal("local-government-pension-scheme",
            seconded.GetProperty("terms").GetProperty("pensionScheme").GetString());
        Assert.Equal("2009-09-01", seconded.GetProperty("terms").GetProperty("continuousServiceStart").GetString());

        await Refused(hr.PostAsJsonAsync(path, new
        {
            kind = "assignment", hostCode = Cwp, start = "2018-01-01", recharge = new { basis = "no-recharge" },
        }), HttpStatusCode.UnprocessableEntity, "start");
        await Refused(hr.PostAsJsonAsync(path, new
        {
            kind = "secondment", hostCode = Wirral, start = "2018-06-01", recharge = new { basis = "no-recharge" },
        }), HttpStatusCode.BadRequest, "hostEmployerId");
        await Refused(hr.PostAsJsonAsync(path, new
        {
            kind = "secondment", hostCode = "ZZZ99", start = "2018-06-01", recharge = new { basis = "no-recharge" },
        }), HttpStatusCode.NotFound, "hostCode");
    }
}

public sealed class SqliteStaffRecordsApiTests : StaffRecordsApiTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresStaffRecordsApiTests(PostgresServer postgres)
    : StaffRecordsApiTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() => StoreSettings.Postgres(postgres, "workforce_staff");
}
