using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using PooledFinance.Domain.Ledger;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Issue 16 item 11 through the service: W's scope change (WF-9) on the CCG's row of the pot table (W:606-611): its
/// £73.2m Pot B (W:616) proposed by the CCG's finance officer with its risk assessment (W:620) and approved by both
/// partners' approvers becomes a Pot A line in the pool; its £0.2m Pot C (W:617) only with a change in legislation.
/// </summary>
public sealed class ScopeChangesApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _w = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _w = await PartnerPool.Wirral(_service);
        await _w.Line("CCG-COMMISSIONED", "CCG commissioned services (Pot A)", _w.CcgId, "2017/18", 420_200_000m);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private object Proposal(string code = "CCG-B", string pot = "b", decimal amount = 73_200_000m,
        object? legislationChange = null, Guid? owner = null) => new
    {
        ownerBodyId = owner ?? _w.CcgId, financialYear = "2017/18", code, name = "CCG services not yet pooled", pot,
        amount, riskAssessment = new { reference = "ICH-RA-07", assessedBy = "Joint Finance Group",
            assessedOn = "2017-03-01" },
        legislationChange, proposedOn = "2017-03-10",
    };

    private static object Decision(Guid body, bool approved = true) => new
    {
        partnerBodyId = body, approved, decidedBy = "Joint Board", delegationReference = "Scheme of delegation 4.2",
        decidedOn = "2017-03-20",
    };

    private async Task<JsonElement> Propose(object proposal)
    {
        using var finance = _w.Ccg(Roles.FinanceOfficer);
        return await Ok(finance.PostAsJsonAsync(_w.Fund("/scope-changes"), proposal));
    }

    private Task<HttpResponseMessage> Decide(Guid change, Guid body, bool approved = true)
    {
        var approver = body == _w.CcgId ? _w.Ccg(Roles.Approver) : _w.Council(Roles.Approver);
        return approver.PostAsJsonAsync(_w.Fund($"/scope-changes/{change}/decisions"), Decision(body, approved));
    }

    [Fact]
    public async Task The_ccgs_pot_B_approved_by_both_partners_is_pooled_in_pot_A_and_counts_in_the_position()
    {
        var change = Id(await Propose(Proposal()));
        var first = await Ok(Decide(change, _w.CouncilId));
        var pooled = await Ok(Decide(change, _w.CcgId));

        using var council = _w.Council(Roles.Commissioner);
        var line = (await Ok(council.GetAsync(_w.Fund("/budget-lines")))).EnumerateArray()
            .Single(l => l.GetProperty("code").GetString() == "CCG-B");
        var position = await Ok(council.GetAsync(_w.Fund("/position?financialYear=2017/18&month=6")));
        var read = await Ok(council.GetAsync(_w.Fund($"/scope-changes/{change}")));

        Assert.Equal(("awaiting-approval", "pooled"),
            (first.GetProperty("status").GetString(), pooled.GetProperty("status").GetString()));
        Assert.Equal(Id(line), pooled.GetProperty("budgetLineId").GetGuid());
        Assert.Equal(("a", _w.FundId, 73_200_000m, "ICH-RA-07"), (line.GetProperty("pot").GetString(),
            line.GetProperty("fundId").GetGuid(), line.GetProperty("amount").GetDecimal(),
            line.GetProperty("riskAssessment").GetProperty("reference").GetString()));
        // W:606-611: the CCG's Pot A £420.2m and its reclassified £73.2m, budgeted from 1 April.
        Assert.Equal(493_400_000m, position.GetProperty("total").GetProperty("budget").GetDecimal());
        Assert.Equal(2, read.GetProperty("decisions").GetArrayLength());
    }

    [Fact]
    public async Task The_reclassified_line_counts_as_the_ccgs_pot_A_against_the_stated_pot_table_W_L606()
    {
        using var manager = _w.Council(Roles.PoolManager);
        // W's CCG row (W:606-611, BR-04); the council's rows are left out, as their lines are not in this pool.
        var table = Id(await Ok(manager.PostAsJsonAsync($"/api/v1/agreements/{_w.AgreementId}/pot-tables", new
        {
            financialYear = "2017/18",
            rows = new[] { new { ownerBodyId = _w.CcgId, label = "CCG", a = 420_200_000m, b = 73_200_000m,
                c = 200_000m, d = 15_700_000m, statedTotal = 509_300_000m, allocation = 509_300_000m } },
            totals = new { a = 420_200_000m, b = 73_200_000m, c = 200_000m, d = 15_700_000m, grand = 509_300_000m },
        })));
        async Task<decimal[]> Differences() => (await Ok(manager.GetAsync($"/api/v1/pot-tables/{table}")))
            .GetProperty("discrepancies").EnumerateArray().Select(d => d.GetProperty("difference").GetDecimal())
            .ToArray();
        var before = await Differences();

        var change = Id(await Propose(Proposal()));
        await Ok(Decide(change, _w.CouncilId));
        await Ok(Decide(change, _w.CcgId));

        // The stated baseline put the £73.2m in Pot B; the pool now holds it as the CCG's Pot A.
        Assert.Empty(before);
        Assert.Equal([-73_200_000m], await Differences());
    }

    [Fact]
    public async Task The_ccgs_pot_C_is_pooled_only_with_its_change_in_legislation_and_stays_pot_C()
    {
        using var finance = _w.Ccg(Roles.FinanceOfficer);
        await Refused(finance.PostAsJsonAsync(_w.Fund("/scope-changes"), Proposal("CCG-C", "c", 200_000m)),
            HttpStatusCode.UnprocessableEntity, "legislationChange");
        var change = Id(await Propose(Proposal("CCG-C", "c", 200_000m,
            new { reference = "Partnership Arrangements (Amendment) Regulations", commencedOn = "2017-03-01" })));
        await Ok(Decide(change, _w.CcgId));
        var pooled = await Ok(Decide(change, _w.CouncilId));

        using var council = _w.Council(Roles.Auditor);
        var line = (await Ok(council.GetAsync(_w.Fund("/budget-lines")))).EnumerateArray()
            .Single(l => l.GetProperty("id").GetGuid() == pooled.GetProperty("budgetLineId").GetGuid());
        Assert.Equal(("c", "Partnership Arrangements (Amendment) Regulations"), (line.GetProperty("pot").GetString(),
            line.GetProperty("legislationChange").GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task A_rejection_closes_the_change_out_of_scope_and_creates_no_line()
    {
        var change = Id(await Propose(Proposal()));
        var rejected = await Ok(Decide(change, _w.CouncilId, approved: false));
        await Refused(Decide(change, _w.CcgId), HttpStatusCode.UnprocessableEntity, "status");

        using var ccg = _w.Ccg(Roles.FinanceOfficer);
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.DoesNotContain((await Ok(ccg.GetAsync(_w.Fund("/budget-lines")))).EnumerateArray(),
            l => l.GetProperty("code").GetString() == "CCG-B");
    }

    [Fact]
    public async Task Pot_D_a_second_decision_another_bodys_line_or_decision_and_a_used_code_are_refused_naming_fields()
    {
        using var ccg = _w.Ccg(Roles.FinanceOfficer);
        using var councilFinance = _w.Council(Roles.FinanceOfficer);
        using var councilApprover = _w.Council(Roles.Approver);
        var path = _w.Fund("/scope-changes");
        await Refused(ccg.PostAsJsonAsync(path, Proposal("CCG-D", "d", 15_700_000m)),
            HttpStatusCode.UnprocessableEntity, "pot");
        await Refused(ccg.PostAsJsonAsync(path, Proposal("CCG-COMMISSIONED")), HttpStatusCode.Conflict, "code",
            LedgerRules.LineCodeOnceAYear);
        // The council cannot propose the CCG's service: a partner changes only its own lines (W:618).
        await Refused(councilFinance.PostAsJsonAsync(path, Proposal()), HttpStatusCode.Forbidden, "ownerBodyId");
        var change = Id(await Propose(Proposal()));
        await Ok(Decide(change, _w.CouncilId));
        await Refused(Decide(change, _w.CouncilId), HttpStatusCode.Conflict, "partnerBodyId");
        await Refused(councilApprover.PostAsJsonAsync(_w.Fund($"/scope-changes/{change}/decisions"),
            Decision(_w.CcgId)), HttpStatusCode.Forbidden, "role");
        await Refused(councilApprover.PostAsJsonAsync(_w.Fund($"/scope-changes/{Guid.NewGuid()}/decisions"),
            Decision(_w.CouncilId)), HttpStatusCode.NotFound, "id");

        var listed = await Ok(ccg.GetAsync(path));
        Assert.Equal("awaiting-approval", Assert.Single(listed.EnumerateArray()).GetProperty("status").GetString());
    }
}
