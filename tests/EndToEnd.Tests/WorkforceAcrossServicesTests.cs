using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Xunit;
using static DemoData.CarePathway;

namespace EndToEnd.Tests;

/// <summary>
/// The demo's workforce read through the gateway on the running platform (A's transfer and the forecast it feeds
/// to pooled finance are rehearsed on their own dates in Rehearsal/RehearsedTransferTests).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkforceAcrossServicesTests(LocalPlatform platform)
{
    private readonly HttpClient _hr = platform.ClientFor(DemoData.WorkforceDemo.Wirral, Roles.HrOfficer);

    [Fact]
    public async Task The_demos_transfer_project_and_S_programme_office_post_are_read_through_the_gateway()
    {
        var project = (await Read(await _hr.GetAsync("/api/v1/transfer-projects"))).EnumerateArray()
            .Single(p => p.GetProperty("transfereeCode").GetString() == DemoData.WorkforceDemo.Cwp);
        var read = await Read(await _hr.GetAsync($"/api/v1/transfer-projects/{Id(project)}"));
        // Reg. 11(6): ELI 28 days before the transfer; A §1.15 L379: the teams' 18 vacant FTE move as vacancies.
        Assert.Equal(DateOnly.Parse(read.GetProperty("transferDate").GetString()!).AddDays(-28),
            DateOnly.Parse(read.GetProperty("eliDueOn").GetString()!));
        Assert.Equal((3, 18m), (read.GetProperty("employees").GetArrayLength(),
            read.GetProperty("vacantFte").GetDecimal()));
        Assert.Equal("contract", read.GetProperty("arrangement").GetProperty("kind").GetString());

        using var sccHr = platform.ClientFor(DemoData.WorkforceDemo.Staffordshire, Roles.HrOfficer);
        var scc = Id((await Read(await sccHr.GetAsync("/api/v1/employers"))).EnumerateArray().Single());
        var post = (await Read(await sccHr.GetAsync($"/api/v1/employers/{scc}/posts"))).EnumerateArray().Single();
        post = await Read(await sccHr.GetAsync($"/api/v1/posts/{Id(post)}"));
        // S:57 the Commissioning Manager post hosted by SCC; S:59 open to all NHS and LA staff, JCU pooled fund.
        Assert.Equal((DemoData.WorkforceDemo.ProgrammeOfficePost, "vacant", "JCU pooled fund"),
            (post.GetProperty("title").GetString(), post.GetProperty("status").GetString(),
                post.GetProperty("fundedFrom").GetString()));
        Assert.Equal(new[] { "nhs", "local-government" },
            post.GetProperty("openTo").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }
}
