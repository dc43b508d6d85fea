using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using static Commissioning.Testing.Answers;
using static Returns.Tests.Api.CarePackageEvents;

namespace Returns.Tests.Api;

/// <summary>
/// Who reads and acts on a return (issue 18 cap. 7 and "Must show"; P: statutory returns cannot be delegated):
/// only the council's returns officer signs off and submits; a provider user never can, even for activity
/// delegated to it; a returns officer of another council cannot see the return at all (404); auditors read
/// every council's returns and change none.
/// </summary>
[Collection(CarePackagesCollection.Name)]
public sealed class TenancyApiTests(CarePackagesPartner carePackages) : ReturnsServiceTest(carePackages)
{
    [Fact]
    public async Task A_provider_user_neither_signs_off_nor_submits_nor_reads_the_return()
    {
        var id = await Validated();
        using var provider = Service.ClientFor("1-201", Roles.ProviderUser);

        await Refused(provider.PostAsJsonAsync($"/api/v1/returns/{id}/sign-off", new { }), HttpStatusCode.Forbidden);
        await Refused(provider.PostAsJsonAsync($"/api/v1/returns/{id}/submissions", new { }),
            HttpStatusCode.Forbidden);
        await Refused(provider.GetAsync($"/api/v1/returns/{id}"), HttpStatusCode.NotFound);
        Assert.Empty((await Ok(provider.GetAsync("/api/v1/returns"))).EnumerateArray());
        Assert.Equal("validated", (await Ok(Officer.GetAsync($"/api/v1/returns/{id}"))).GetProperty("status")
            .GetString());
    }

    [Fact]
    public async Task A_returns_officer_of_another_council_finds_no_such_return()
    {
        var id = await Validated();
        using var liverpool = Service.ClientFor(Liverpool, Roles.ReturnsOfficer);

        await Refused(liverpool.GetAsync($"/api/v1/returns/{id}"), HttpStatusCode.NotFound, "id");
        await Refused(liverpool.PostAsJsonAsync($"/api/v1/returns/{id}/sign-off", new { }), HttpStatusCode.NotFound);
        await Refused(liverpool.GetAsync($"/api/v1/returns/{id}/artefact"), HttpStatusCode.NotFound);
        Assert.Empty((await Ok(liverpool.GetAsync("/api/v1/returns"))).EnumerateArray());
        await Refused(liverpool.PostAsJsonAsync("/api/v1/returns", new { kind = "cld", council = Wirral,
            period = "2024/25 Q2" }), HttpStatusCode.Forbidden, "actor");
    }

    [Fact]
    public async Task Auditors_read_every_councils_returns_and_council_staff_their_own_but_neither_signs()
    {
        var id = await Validated();
        using var auditor = Service.ClientFor("AUDIT-1", Roles.Auditor);
        using var commissioner = Service.ClientFor(Wirral, Roles.Commissioner);

        Assert.Equal(id, Id(await Ok(auditor.GetAsync($"/api/v1/returns/{id}"))));
        Assert.Single((await Ok(auditor.GetAsync("/api/v1/returns"))).EnumerateArray());
        Assert.Equal(id, Id(await Ok(commissioner.GetAsync($"/api/v1/returns/{id}"))));
        await Refused(auditor.PostAsJsonAsync($"/api/v1/returns/{id}/sign-off", new { }), HttpStatusCode.Forbidden);
        await Refused(commissioner.PostAsJsonAsync($"/api/v1/returns/{id}/sign-off", new { }),
            HttpStatusCode.Forbidden);
    }

    private async Task<Guid> Validated()
    {
        await Deliver("package-started", Started());
        var id = Id(await Open());
        await Step(id, "collections", People);
        await Step(id, "validations");
        return id;
    }
}
