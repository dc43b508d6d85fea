using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Issue 16 item 9 through the API: a BCF plan at S's £56m minimum with the CCG's 3% (S:22, S:29), who bears a
/// deficit (S:28), each partner's sign-off and then submission (S:30); W's £47.9m reported against £48.0m (W:398).
/// </summary>
public sealed class BetterCarePlansApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _w = null!;
    private Guid _bcf;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _w = await PartnerPool.Wirral(_service);
        using var finance = _w.Council(Roles.FinanceOfficer);
        _bcf = Id(await Ok(finance.PostAsJsonAsync($"/api/v1/agreements/{_w.AgreementId}/funds", new
        {
            name = "Better Care Fund", kind = "better-care-fund", hostBodyId = _w.CouncilId,
            poolManager = "BCF pool manager", vatModel = "lead-commissioner",
        })));
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private object Plan(decimal council, decimal ccg, decimal? minimum, decimal? stated = null) => new
    {
        financialYear = "2015/16", councilBodyId = _w.CouncilId, ccgBodyId = _w.CcgId, ccgBudget = 509_300_000m,
        transferTiming = "upfront", localMinimum = minimum, statedTotal = stated,
        contributions = new[]
        {
            new { bodyId = _w.CouncilId, source = "Council contribution, including iBCF", amount = council },
            new { bodyId = _w.CcgId, source = "CCG contribution", amount = ccg },
        },
        conditions = new[] { new { name = "Plans jointly agreed", met = true, evidence = "HWB, 10 April 2014" } },
    };

    [Fact]
    public async Task A_plan_at_the_56m_minimum_signed_off_by_both_partners_is_submitted_and_the_CCG_bears_a_deficit()
    {
        using var manager = _w.Council(Roles.PoolManager);
        var plan = await Ok(manager.PostAsJsonAsync($"/api/v1/funds/{_bcf}/bcf-plans",
            Plan(30_000_000m, 26_000_000m, 56_000_000m)));
        var path = $"/api/v1/bcf-plans/{Id(plan)}";
        Assert.Equal((15_279_000m, _w.CcgId), (plan.GetProperty("ccgTransferRequired").GetDecimal(),
            plan.GetProperty("deficitBorneBy").GetGuid()));

        using var councilApprover = _w.Council(Roles.Approver);
        await Refused(councilApprover.PostAsJsonAsync(path + "/sign-offs", new
        {
            bodyId = _w.CcgId, signedOn = "2014-02-10", signedBy = "Not the CCG's to sign",
        }), HttpStatusCode.Forbidden, "role");
        await Refused(manager.PostAsJsonAsync(path + "/submission", new { submittedOn = "2014-02-14" }),
            HttpStatusCode.UnprocessableEntity, "signOffs");
        await Ok(councilApprover.PostAsJsonAsync(path + "/sign-offs", new
        {
            bodyId = _w.CouncilId, signedOn = "2014-02-10", signedBy = "Cabinet Member",
        }));
        using var ccgApprover = _w.Ccg(Roles.Approver);
        await Ok(ccgApprover.PostAsJsonAsync(path + "/sign-offs", new
        {
            bodyId = _w.CcgId, signedOn = "2014-02-12", signedBy = "Accountable Officer",
        }));

        using var ccgManager = _w.Ccg(Roles.PoolManager);
        await Refused(ccgManager.PostAsJsonAsync(path + "/submission", new { submittedOn = "2014-02-14" }),
            HttpStatusCode.Forbidden, "role");
        var submitted = await Ok(manager.PostAsJsonAsync(path + "/submission", new { submittedOn = "2014-02-14" }));
        Assert.Equal("2014-02-14", submitted.GetProperty("submittedOn").GetString());
    }

    [Fact]
    public async Task A_plan_0_1m_below_the_minimum_and_Wirrals_misstated_total_are_findings_the_partners_see()
    {
        using var manager = _w.Council(Roles.PoolManager);
        var below = await Ok(manager.PostAsJsonAsync($"/api/v1/funds/{_bcf}/bcf-plans",
            Plan(29_900_000m, 26_000_000m, 56_000_000m)));
        Assert.Equal(100_000m, below.GetProperty("minimumShortfall").GetDecimal());
        await Refused(manager.PostAsJsonAsync($"/api/v1/funds/{_bcf}/bcf-plans",
            Plan(22_500_000m, 25_500_000m, null, 47_900_000m)), HttpStatusCode.Conflict, "financialYear");

        using var ccg = _w.Ccg(Roles.Commissioner);
        var listed = Assert.Single((await Ok(ccg.GetAsync($"/api/v1/funds/{_bcf}/bcf-plans"))).EnumerateArray());
        Assert.Equal("contributions", listed.GetProperty("findings")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_plan_on_the_pooled_fund_is_refused_and_nothing_is_stored()
    {
        using var manager = _w.Council(Roles.PoolManager);
        await Refused(manager.PostAsJsonAsync(_w.Fund("/bcf-plans"), Plan(30_000_000m, 26_000_000m, null)),
            HttpStatusCode.BadRequest, "fundId");
        Assert.Equal(0, (await Ok(manager.GetAsync(_w.Fund("/bcf-plans")))).GetArrayLength());
    }
}
