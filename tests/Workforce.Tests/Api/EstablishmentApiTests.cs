using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Workforce.Tests.Api.WirralWorkforce;

namespace Workforce.Tests.Api;

/// <summary>
/// A's establishment through the API on a real store (issue 17 §1): Wirral's HR officer states the three
/// in-scope teams; the totals are the document's (A §1.15 L374-379: £5.19m, 123, 110 + 18 = 128); a total
/// row that disagrees or an FTE below zero is refused naming it, and nothing is written.
/// </summary>
public abstract class EstablishmentApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private WirralWorkforce _a = null!;

    protected abstract Dictionary<string, string?> Settings();

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>(Settings());
        _a = await Create(_service);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_table_gives_the_documents_totals_and_its_commissioner_reads_them()
    {
        var stated = await _a.StateATable();
        Assert.Equal(3, stated.GetProperty("teams").GetArrayLength());

        using var commissioner = _a.WirralAs(Roles.Commissioner);
        var totals = (await Ok(commissioner.GetAsync(_a.Establishment()))).GetProperty("totals");
        // A §4.1 L790 "Total £5.19m 123 110 18"; §1.15 L379 "128 ... 110 FTE ... plus the 18".
        Assert.Equal(5_190_000m, totals.GetProperty("staffBudget").GetDecimal());
        Assert.Equal(123, totals.GetProperty("headcount").GetInt32());
        Assert.Equal(110m, totals.GetProperty("fteInPost").GetDecimal());
        Assert.Equal(18m, totals.GetProperty("vacantFte").GetDecimal());
        Assert.Equal(128m, totals.GetProperty("inScopeFte").GetDecimal());
    }

    [Fact]
    public async Task A_total_row_that_disagrees_with_its_teams_is_refused_naming_it_and_nothing_is_written()
    {
        using var hr = _a.WirralAs(Roles.HrOfficer);
        var before = await _a.AuditCount();
        // A §4.1 L790 states 123 staff; 124 is not the sum of 70 + 25 + 28.
        var problem = await Refused(hr.PutAsJsonAsync(_a.Establishment(),
            new { teams = ATeams, totals = new[] { ATotal(headcount: 124) } }), HttpStatusCode.BadRequest,
            "totals[0].headcount");
        Assert.Contains("'Total'", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await _a.AuditCount());
        await Refused(hr.GetAsync(_a.Establishment()), HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task An_fte_below_zero_is_refused_naming_the_team_field()
    {
        using var hr = _a.WirralAs(Roles.HrOfficer);
        var teams = new object[]
        {
            ATeams[0], new { name = "Integrated Disability Service", staffBudget = 1_040_000m, headcount = 25,
                fteInPost = 23m, vacantFte = -4m },
        };
        await Refused(hr.PutAsJsonAsync(_a.Establishment(), new { teams }), HttpStatusCode.BadRequest,
            "teams[1].vacantFte");
    }

    [Fact]
    public async Task The_totals_check_adds_up_a_table_and_stores_nothing()
    {
        using var hr = _a.WirralAs(Roles.HrOfficer);
        var before = await _a.AuditCount();
        var totals = await Ok(hr.PostAsJsonAsync(_a.Establishment("/totals-check"),
            new { teams = ATeams, totals = new[] { ATotal() } }));
        Assert.Equal(128m, totals.GetProperty("inScopeFte").GetDecimal());
        await Refused(hr.PostAsJsonAsync(_a.Establishment("/totals-check"),
            new { teams = ATeams, totals = new[] { ATotal(headcount: 122) } }), HttpStatusCode.BadRequest,
            "totals[0].headcount");
        Assert.Equal(before, await _a.AuditCount());
    }

    [Fact]
    public async Task Only_the_employers_hr_officer_states_it_and_other_bodies_do_not_see_it()
    {
        await _a.StateATable();
        using var commissioner = _a.WirralAs(Roles.Commissioner);
        await Refused(commissioner.PutAsJsonAsync(_a.Establishment(), new { teams = ATeams }),
            HttpStatusCode.Forbidden);
        using var cwpHr = _a.CwpAs(Roles.HrOfficer);
        await Refused(cwpHr.GetAsync(_a.Establishment()), HttpStatusCode.NotFound, "id");
        await Refused(cwpHr.PutAsJsonAsync(_a.Establishment(), new { teams = ATeams }), HttpStatusCode.NotFound, "id");
        var listed = await Ok(cwpHr.GetAsync("/api/v1/employers"));
        Assert.Equal([Cwp], listed.EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        using var provider = _service.ClientFor("RXA", Roles.ProviderUser);
        await Refused(provider.GetAsync("/api/v1/employers"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Employers_are_listed_a_page_at_a_time_in_the_store()
    {
        using var admin = _a.WirralAs(Roles.PlatformAdmin);

        var first = await Ok(admin.GetAsync("/api/v1/employers?limit=1"));
        var second = await Ok(admin.GetAsync("/api/v1/employers?offset=1&limit=1"));

        Assert.Equal(2, new[] { first, second }.SelectMany(p => p.EnumerateArray())
            .Select(e => e.GetProperty("code").GetString()).Distinct().Count());
        await Refused(admin.GetAsync("/api/v1/employers?limit=0"), HttpStatusCode.BadRequest, "limit");
        await Refused(admin.GetAsync("/api/v1/transfer-projects?limit=501"), HttpStatusCode.BadRequest, "limit");
    }

    [Fact]
    public async Task An_employer_code_is_registered_once_and_only_by_its_own_hr_officer()
    {
        using var wirralHr = _a.WirralAs(Roles.HrOfficer);
        await Refused(wirralHr.PostAsJsonAsync("/api/v1/employers",
            new { name = "Wirral Council again", kind = "council", code = Wirral }), HttpStatusCode.Conflict, "code");
        await Refused(wirralHr.PostAsJsonAsync("/api/v1/employers",
            new { name = "NHS Wirral CCG", kind = "nhs-body", code = "12F" }), HttpStatusCode.Forbidden, "role");
        await Refused(wirralHr.PostAsJsonAsync("/api/v1/employers",
            new { name = "Not a council", kind = "council", code = "X123" }), HttpStatusCode.BadRequest, "code");
    }
}

public sealed class SqliteEstablishmentApiTests : EstablishmentApiTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresEstablishmentApiTests(PostgresServer postgres)
    : EstablishmentApiTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() => StoreSettings.Postgres(postgres,
        "workforce_establishment");
}
