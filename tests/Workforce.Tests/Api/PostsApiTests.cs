using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Workforce.Tests.Api.WirralWorkforce;

namespace Workforce.Tests.Api;

/// <summary>
/// S's programme-office post on a real store (S:57-59, BR-63): "a vacant Commissioning Manager post within
/// the former Joint Commissioning Unit, hosted by SCC" (S:57), "open to all NHS and LA staff" and filled so
/// that nobody has "to transfer to a different sector and hence lose continuity of employment" (S:59), funded
/// from "the existing JCU pooled fund" (S:59). An NHS commissioner of North Staffordshire CCG holds it through
/// an assignment; their record, read by their own employer, keeps employer, sector, pension and continuity.
/// </summary>
public abstract class PostsApiTests : IAsyncLifetime
{
    private const string Scc = "E10000028";
    private const string NorthStaffs = "05G";
    private const string Provider = "NL1";
    private ServiceUnderTest<Program> _service = null!;
    private Guid _scc;
    private Guid _northStaffs;

    protected abstract Dictionary<string, string?> Settings();

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>(Settings());
        _scc = await Register("Staffordshire County Council", "council", Scc);
        _northStaffs = await Register("NHS North Staffordshire CCG", "nhs-body", NorthStaffs);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private HttpClient Hr(string organisation) => _service.ClientFor(organisation, Roles.HrOfficer);

    private async Task<Guid> Register(string name, string kind, string code)
    {
        using var hr = Hr(code);
        var employer = Id(await Ok(hr.PostAsJsonAsync("/api/v1/employers", new { name, kind, code })));
        await Ok(hr.PutAsJsonAsync($"/api/v1/employers/{employer}/establishment", new
        {
            teams = new[] { new { name = "Commissioning", staffBudget = 800_000m, headcount = 15, fteInPost = 15m,
                vacantFte = 0m } },
        }));
        return employer;
    }

    /// <summary>An NHS commissioner on Agenda for Change, in the NHS Pension Scheme since April 2013.</summary>
    private async Task<Guid> OpenRecord(string code, Guid employer, string pensionScheme = "nhs-pension-scheme")
    {
        using var hr = Hr(code);
        var team = Id((await Ok(hr.GetAsync($"/api/v1/employers/{employer}/establishment"))).GetProperty("teams")[0]);
        return Id(await Ok(hr.PostAsJsonAsync($"/api/v1/employers/{employer}/staff-records", new
        {
            teamId = team,
            person = new { givenName = "Sam", familyName = "Patel", dateOfBirth = "1980-06-15" },
            terms = new { fte = 1m, continuousServiceStart = "2013-04-01", termsReference = "NHS Agenda for Change",
                pensionScheme, payBand = "Band 8a" },
        })));
    }

    private async Task<HttpResponseMessage> EstablishProgrammeOfficePost(object? body = null)
    {
        using var hr = Hr(Scc);
        return await hr.PostAsJsonAsync($"/api/v1/employers/{_scc}/posts", body ?? new
        {
            title = "Commissioning Manager (HWB programme office)", fte = 1m, // S:57
            openTo = new[] { "nhs", "local-government" }, fundedFrom = "JCU pooled fund", // S:59
        });
    }

    private async Task Assign(string code, Guid record, Guid post) => await Ok(AssignTo(code, record, post, Scc));

    private async Task<HttpResponseMessage> AssignTo(string code, Guid record, Guid post, string hostCode)
    {
        using var hr = Hr(code);
        return await hr.PostAsJsonAsync($"/api/v1/staff-records/{record}/assignments", new
        {
            kind = "assignment", hostCode, start = "2018-04-01", postId = post,
            recharge = new { basis = "full-cost", fundedFrom = "JCU pooled fund" },
        });
    }

    [Fact]
    public async Task An_nhs_commissioner_fills_the_scc_post_through_an_assignment_and_keeps_the_employment_S_59()
    {
        var post = await Ok(EstablishProgrammeOfficePost());
        Assert.Equal(("vacant", Scc), (post.GetProperty("status").GetString(), post.GetProperty("hostCode")
            .GetString()));
        var record = await OpenRecord(NorthStaffs, _northStaffs);
        await Assign(NorthStaffs, record, Id(post));

        using var sccHr = Hr(Scc);
        var filled = await Ok(sccHr.PostAsJsonAsync($"/api/v1/posts/{Id(post)}/fill",
            new { staffRecordId = record, on = "2018-04-01" }));

        Assert.Equal(("filled", "2018-04-01"), (filled.GetProperty("status").GetString(),
            filled.GetProperty("filledOn").GetString()));
        Assert.StartsWith("WF-", filled.GetProperty("holderReference").GetString());
        Assert.False(filled.TryGetProperty("person", out _));
        using var ownHr = Hr(NorthStaffs);
        var held = await Ok(ownHr.GetAsync($"/api/v1/staff-records/{record}"));
        Assert.Equal((NorthStaffs, "nhs"), (held.GetProperty("employerCode").GetString(),
            held.GetProperty("sector").GetString()));
        Assert.Equal(("nhs-pension-scheme", "2013-04-01"), (held.GetProperty("terms").GetProperty("pensionScheme")
            .GetString(), held.GetProperty("terms").GetProperty("continuousServiceStart").GetString()));
        Assert.Equal(filled.GetProperty("holderReference").GetString(), held.GetProperty("reference").GetString());
        Assert.Equal("filled", (await Ok(sccHr.GetAsync($"/api/v1/posts/{Id(post)}"))).GetProperty("status")
            .GetString());
    }

    [Fact]
    public async Task The_hosts_posts_are_listed_in_pages_and_its_commissioner_reads_them()
    {
        for (var i = 0; i < 3; i++) await Ok(EstablishProgrammeOfficePost());
        using var commissioner = _service.ClientFor(Scc, Roles.Commissioner);

        var first = await Ok(commissioner.GetAsync($"/api/v1/employers/{_scc}/posts?limit=2"));
        var rest = await Ok(commissioner.GetAsync($"/api/v1/employers/{_scc}/posts?offset=2&limit=2"));

        Assert.Equal((2, 1), (first.GetArrayLength(), rest.GetArrayLength()));
        Assert.Equal(3, first.EnumerateArray().Concat(rest.EnumerateArray()).Select(Id).Distinct().Count());
        await Refused(commissioner.GetAsync($"/api/v1/employers/{_scc}/posts?limit=501"), HttpStatusCode.BadRequest,
            "limit");
        await Refused(commissioner.PostAsJsonAsync($"/api/v1/employers/{_scc}/posts", new { title = "x", fte = 1m,
            openTo = new[] { "nhs" } }), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(0, "nhs", "fte")]
    [InlineData(-1, "nhs", "fte")]
    [InlineData(1, null, "openTo")]
    public async Task A_post_of_no_fte_or_no_sectors_is_refused_naming_the_field_and_nothing_is_written(
        double fte, string? sector, string field)
    {
        var body = new { title = "Commissioning Manager", fte = (decimal)fte,
            openTo = sector is null ? Array.Empty<string>() : [sector] };

        await Refused(EstablishProgrammeOfficePost(body), HttpStatusCode.BadRequest, field);

        using var hr = Hr(Scc);
        Assert.Equal(0, (await Ok(hr.GetAsync($"/api/v1/employers/{_scc}/posts"))).GetArrayLength());
    }

    [Fact]
    public async Task A_holder_of_a_sector_the_post_is_not_open_to_is_refused_and_the_post_stays_vacant()
    {
        var post = Id(await Ok(EstablishProgrammeOfficePost()));
        var provider = await Register("Staffordshire care provider", "provider", Provider);
        var carer = await OpenRecord(Provider, provider, "other-scheme");
        await Assign(Provider, carer, post);
        using var sccHr = Hr(Scc);

        var problem = await Refused(sccHr.PostAsJsonAsync($"/api/v1/posts/{post}/fill",
            new { staffRecordId = carer, on = "2018-04-01" }), HttpStatusCode.BadRequest, "staffRecordId");

        Assert.Contains("Independent", problem.GetProperty("detail").GetString());
        Assert.Equal("vacant", (await Ok(sccHr.GetAsync($"/api/v1/posts/{post}"))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_assignment_to_a_post_the_host_has_not_established_is_a_404_naming_postId_and_writes_nothing()
    {
        var post = Id(await Ok(EstablishProgrammeOfficePost()));
        await Register("Staffordshire care provider", "provider", Provider);
        var record = await OpenRecord(NorthStaffs, _northStaffs);

        await Refused(AssignTo(NorthStaffs, record, Guid.NewGuid(), Scc), HttpStatusCode.NotFound, "postId");
        // SCC's post, named with another host: that host has no such post.
        await Refused(AssignTo(NorthStaffs, record, post, Provider), HttpStatusCode.NotFound, "postId");

        using var ownHr = Hr(NorthStaffs);
        var held = await Ok(ownHr.GetAsync($"/api/v1/staff-records/{record}"));
        Assert.Equal(0, held.GetProperty("assignments").GetArrayLength());
    }

    [Fact]
    public async Task Another_employers_hr_officer_neither_reads_nor_fills_the_post_nor_the_holders_record()
    {
        var post = Id(await Ok(EstablishProgrammeOfficePost()));
        var record = await OpenRecord(NorthStaffs, _northStaffs);
        using var ownHr = Hr(NorthStaffs);
        using var sccHr = Hr(Scc);
        var fill = new { staffRecordId = record, on = "2018-04-01" };

        await Refused(ownHr.GetAsync($"/api/v1/posts/{post}"), HttpStatusCode.NotFound, "id");
        await Refused(ownHr.PostAsJsonAsync($"/api/v1/posts/{post}/fill", fill), HttpStatusCode.NotFound, "id");
        // Not assigned to the post yet: the host learns nothing of another body's record.
        await Refused(sccHr.PostAsJsonAsync($"/api/v1/posts/{post}/fill", fill), HttpStatusCode.NotFound,
            "staffRecordId");
        await Assign(NorthStaffs, record, post);
        await Ok(sccHr.PostAsJsonAsync($"/api/v1/posts/{post}/fill", fill));
        await Refused(sccHr.GetAsync($"/api/v1/staff-records/{record}"), HttpStatusCode.NotFound, "id");
        await Refused(sccHr.PostAsJsonAsync($"/api/v1/posts/{post}/fill", fill), HttpStatusCode.UnprocessableEntity,
            "postId");
    }
}

public sealed class SqlitePostsApiTests : PostsApiTests
{
    protected override Dictionary<string, string?> Settings() => [];
}

public sealed class PostgresPostsApiTests(PostgresServer postgres) : PostsApiTests, IClassFixture<PostgresServer>
{
    protected override Dictionary<string, string?> Settings() => StoreSettings.Postgres(postgres, "workforce_posts");
}
