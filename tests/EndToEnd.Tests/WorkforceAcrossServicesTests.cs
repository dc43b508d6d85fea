using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Xunit;
using static DemoData.CarePathway;

namespace EndToEnd.Tests;

/// <summary>
/// Workforce working with pooled finance on the running platform (issue 17 cap. 6): Wirral's HR officer states
/// the all-age disability staffing forecast through the gateway, and its net cost reaches the pool's line as an
/// event through the sidecars and Redis.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkforceAcrossServicesTests(LocalPlatform platform)
{
    private readonly HttpClient _hr = platform.ClientFor(DemoData.WorkforceDemo.Wirral, Roles.HrOfficer);
    private readonly HttpClient _finance = platform.ClientFor(Council, Roles.FinanceOfficer);

    [Fact]
    public async Task The_staffing_forecast_of_A_table_1_commits_5_03m_on_the_pool_line_it_names()
    {
        var (fund, line) = await WirralPool.CouncilLine2018(_finance, "AAD-STAFF-2018", amount: 6_000_000m);
        var wirral = Id((await Read(await _hr.GetAsync("/api/v1/employers"))).EnumerateArray()
            .Single(e => e.GetProperty("code").GetString() == DemoData.WorkforceDemo.Wirral));
        var forecast = await Read(await _hr.PostAsJsonAsync($"/api/v1/employers/{wirral}/staffing-forecasts", new
        {
            title = "All Age Disability staffing", fundId = fund, budgetLineCode = "AAD-STAFF-2018",
        }));

        // A Table 1 (A §4.9 L840-848): £5.19m of bases, 1% pay award, 2.5% vacancy factor, 1.5% unpaid leave.
        var year = await Read(await _hr.PutAsJsonAsync($"/api/v1/staffing-forecasts/{Id(forecast)}/years/2018",
            new { payAwardPercent = 1m, vacancyFactorPercent = 2.5m, unpaidLeavePercent = 1.5m }));

        Assert.Equal(5_030_000m, year.GetProperty("years")[0].GetProperty("subtotal").GetDecimal());
        Assert.Equal(5_030_000m, await WirralPool.CommittedOnceSettled(_finance, fund, line, expected: 5_030_000m));
    }

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
