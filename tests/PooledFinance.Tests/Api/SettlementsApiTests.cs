using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using PooledFinance.Domain.Settlement;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>Year-end settlements over HTTP: P's 75/25 and contribution-proportional shares, W's rule and debts (P:L371-387, W:427-434).</summary>
public sealed class SettlementsApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;

    public async Task InitializeAsync() => _service = new ServiceUnderTest<Program>();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    /// <summary>P 2015/16: contributions of £100m and £321m as lines; the plan's overspend of £26,742k (P:L306-321) on the CCG's line.</summary>
    private async Task<PartnerPool> Plymouth()
    {
        var p = await PartnerPool.Plymouth(_service);
        await p.Line("PCC-ASC", "Council adult social care", p.CouncilId, "2015/16", 100_000_000m);
        var ccg = await p.Line("CCG-CHS", "CCG community and acute commissioning", p.CcgId, "2015/16", 321_000_000m);
        await p.Forecast(ccg, 347_742_000m, "2016-03-31");
        return p;
    }

    private static async Task ChooseTerms(PartnerPool pool, object terms)
    {
        using var commissioner = pool.Council(Roles.Commissioner);
        await Ok(commissioner.PutAsJsonAsync($"/api/v1/agreements/{pool.AgreementId}/settlement-terms", terms));
    }

    private static object Split(PartnerPool p, decimal ccg, decimal council) => new
    {
        rule = "fixedSplit", percentages = new[] { new { partnerBodyId = p.CcgId, amount = ccg }, new { partnerBodyId = p.CouncilId, amount = council } },
    };

    private static decimal ShareOf(JsonElement settlement, Guid body) => settlement.GetProperty("partnerShares").EnumerateArray()
        .Single(s => s.GetProperty("partnerBodyId").GetGuid() == body).GetProperty("amount").GetDecimal();

    private static async Task<Guid> Debt(PartnerPool pool, HttpClient finance, Guid owner, string kind,
        string description, string incurredIn, decimal amount) =>
        Id(await Ok(finance.PostAsJsonAsync($"/api/v1/agreements/{pool.AgreementId}/debts",
            new { ownerBodyId = owner, kind, description, incurredIn, amount })));

    private static async Task Agree(PartnerPool pool, HttpClient finance, Guid partner, string year, decimal amount)
    {
        var id = Id(await Ok(finance.PostAsJsonAsync(pool.Fund("/contributions"), new
        {
            partnerBodyId = partner, financialYear = year, basis = "What it would have spent itself (P:L372)", basisAmount = amount, source = "revenue-budget",
        })));
        await Ok(finance.PostAsJsonAsync(pool.Fund($"/contributions/{id}/agreement"), new { agreedOn = $"{year[..4]}-03-01", frequency = "quarterly" }));
    }

    [Fact]
    public async Task P_s_75_25_working_split_is_previewed_run_by_the_pool_manager_and_approved_by_both_partners_P_L386()
    {
        var p = await Plymouth();
        await ChooseTerms(p, new { pool = Split(p, 75m, 25m) });
        using var ccgFinance = p.Ccg(Roles.FinanceOfficer);

        var preview = await Ok(ccgFinance.GetAsync(p.Fund("/settlements/preview?financialYear=2015/16")));
        var previewed = preview.GetProperty("settlement");
        Assert.True(preview.GetProperty("preview").GetBoolean());
        Assert.Equal("Fixed split 75% : 25%", previewed.GetProperty("rule").GetString());
        Assert.Equal((20_056_500m, 6_685_500m), (ShareOf(previewed, p.CcgId), ShareOf(previewed, p.CouncilId)));
        Assert.Equal(26_742_000m, previewed.GetProperty("sharedTotal").GetDecimal());
        Assert.Contains(preview.GetProperty("arithmetic").EnumerateArray(), a => a.GetString() == "Pool: 2 variance line(s): 26,742,000.00 shared on Fixed split 75% : 25% = 20,056,500.00 + 6,685,500.00");
        Assert.Equal(0, (await Ok(ccgFinance.GetAsync(p.Fund("/settlements")))).GetArrayLength());

        using var manager = p.Council(Roles.PoolManager);
        var run = await Ok(manager.PostAsJsonAsync(p.Fund("/settlements"), new { financialYear = "2015/16", calculatedOn = "2016-04-30" }));
        var id = Id(run.GetProperty("settlement"));
        await Refused(manager.PostAsJsonAsync(p.Fund("/settlements"), new { financialYear = "2015/16" }),
            HttpStatusCode.Conflict, "financialYear", SettlementRules.RunOnceAYear);

        using var councilApprover = p.Council(Roles.Approver);
        using var ccgApprover = p.Ccg(Roles.Approver);
        var half = await Ok(councilApprover.PostAsJsonAsync(p.Fund($"/settlements/{id}/approvals"), new
        {
            partnerBodyId = p.CouncilId, approvingBody = "Cabinet", delegationReference = "PCC Cabinet minute", approvedOn = "2016-05-10",
        }));
        Assert.Equal("calculated", half.GetProperty("settlement").GetProperty("status").GetString());
        var approved = await Ok(ccgApprover.PostAsJsonAsync(p.Fund($"/settlements/{id}/approvals"), new
        {
            partnerBodyId = p.CcgId, approvingBody = "Governing Body", delegationReference = "CCG scheme of delegation", approvedOn = "2016-05-12",
        }));
        Assert.Equal("approved", approved.GetProperty("settlement").GetProperty("status").GetString());
        Assert.Equal("2016-05-12", approved.GetProperty("settlement").GetProperty("approval").GetProperty("decidedOn").GetString());

        var calculated = Assert.Single(await p.Events("settlement-calculated"));
        Assert.Equal([7500, 2500], calculated.GetProperty("shares").EnumerateArray().Select(s => s.GetProperty("basisPoints").GetInt32()).Order().Reverse());
        Assert.Single(await p.Events("settlement-approved"));
    }

    [Fact]
    public async Task Shares_follow_actual_contributions_321m_and_100m_the_transformation_pot_50_50_and_the_opening_deficit_is_not_shared_P_L371_L386_L940()
    {
        var p = await Plymouth();
        var pot = await p.Line("TRANSFORM", "Transformation pot", p.CcgId, "2015/16", 2_000_000m);
        await p.Forecast(pot, 2_030_000m, "2016-03-31");
        await ChooseTerms(p, new { pool = new { rule = "proportionalToContributions" }, transformationPot = Split(p, 50m, 50m) });
        using var ccg = p.Ccg(Roles.FinanceOfficer);
        using var council = p.Council(Roles.FinanceOfficer);
        await Agree(p, ccg, p.CcgId, "2015/16", 321_000_000m);
        await Agree(p, council, p.CouncilId, "2015/16", 100_000_000m);
        await Debt(p, council, p.CouncilId, "prior-year-deficit", "2014/15 social care deficit", "2014/15", 1_500_000m);

        var preview = (await Ok(council.GetAsync(p.Fund("/settlements/preview?financialYear=2015/16&transformationPot=TRANSFORM")))).GetProperty("settlement");

        // £26,742,000 × 321/421 = £20,389,980.998 and × 100/421 = £6,352,019.002: the penny goes to the larger remainder.
        Assert.Equal(20_389_981.00m + 15_000m, ShareOf(preview, p.CcgId));
        Assert.Equal(6_352_019.00m + 15_000m, ShareOf(preview, p.CouncilId));
        Assert.Equal(26_772_000m, preview.GetProperty("partnerShares").EnumerateArray().Sum(s => s.GetProperty("amount").GetDecimal()));
        var deficit = Assert.Single(preview.GetProperty("inputs").GetProperty("openingDeficits").EnumerateArray().ToList());
        Assert.Equal(1_500_000m, deficit.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_deficit_the_year_s_figures_include_is_charged_to_its_owner_and_the_rest_shared_P_L371_L386()
    {
        var p = await Plymouth();
        await ChooseTerms(p, new { pool = new { rule = "proportionalToContributions" } });
        using var ccg = p.Ccg(Roles.FinanceOfficer);
        using var council = p.Council(Roles.FinanceOfficer);
        await Agree(p, ccg, p.CcgId, "2015/16", 321_000_000m);
        await Agree(p, council, p.CouncilId, "2015/16", 100_000_000m);
        var debt = await Debt(p, council, p.CouncilId, "prior-year-deficit", "2014/15 social care deficit", "2014/15",
            1_500_000m);
        const string preview2015 = "/settlements/preview?financialYear=2015/16&deficitsInVariance=";

        var preview = (await Ok(council.GetAsync(p.Fund(preview2015 + debt)))).GetProperty("settlement");
        await Refused(council.GetAsync(p.Fund(preview2015 + Guid.NewGuid())), HttpStatusCode.BadRequest,
            "deficitsInVariance", SettlementRules.DeficitsInVarianceKnown);

        // (£26,742,000 - £1,500,000) × 100/421 = £5,995,724.4656 and × 321/421 = £19,246,275.5344:
        // the penny goes to the larger remainder.
        Assert.Equal(5_995_724.47m + 1_500_000m, ShareOf(preview, p.CouncilId));
        Assert.Equal(19_246_275.53m, ShareOf(preview, p.CcgId));
    }

    [Fact]
    public async Task W_keeps_non_recurring_social_care_with_the_council_and_the_CCG_s_surplus_goes_to_its_top_slice_first_W_427_434()
    {
        var w = await PartnerPool.Wirral(_service);
        var asc = await w.Line("COUNCIL-ASC", "Adult social care", w.CouncilId, "2017/18", 73_900_000m);
        var ccgLine = await w.Line("CCG-A", "CCG commissioned services", w.CcgId, "2017/18", 420_200_000m);
        await w.Line("PH-A", "Public health", w.CouncilId, "2017/18", 25_600_000m);
        await w.Forecast(asc, 75_900_000m, "2018-03-31");
        await w.Forecast(ccgLine, 419_200_000m, "2018-03-31");
        await ChooseTerms(w, new { pool = new { rule = "nonRecurringSocialCareWithCouncil", councilBodyId = w.CouncilId, shared = new { rule = "proportionalToContributions" } } });
        using var council = w.Council(Roles.FinanceOfficer);
        using var ccg = w.Ccg(Roles.FinanceOfficer);
        await Agree(w, council, w.CouncilId, "2017/18", 99_500_000m);
        await Agree(w, ccg, w.CcgId, "2017/18", 420_200_000m);
        var debt = await Debt(w, ccg, w.CcgId, "top-slice", "NHS England top-slice (W:434)", "2017/18", 9_800_000m);

        using var manager = w.Council(Roles.PoolManager);
        var run = (await Ok(manager.PostAsJsonAsync(w.Fund("/settlements"), new { financialYear = "2017/18", nonRecurring = new[] { "COUNCIL-ASC" }, calculatedOn = "2018-04-30" })))
            .GetProperty("settlement");
        // The £2m non-recurring pressure stays with the council; the £1m recurring surplus is shared 99.5 : 420.2.
        Assert.Equal(2_000_000m - 191_456.61m, ShareOf(run, w.CouncilId));
        Assert.Equal(-808_543.39m, ShareOf(run, w.CcgId));
        Assert.Equal(808_543.39m, Assert.Single(run.GetProperty("debtApplications").EnumerateArray().ToList()).GetProperty("amount").GetDecimal());

        foreach (var (client, body) in new[] { (w.Council(Roles.Approver), w.CouncilId), (w.Ccg(Roles.Approver), w.CcgId) })
            using (client)
                await Ok(client.PostAsJsonAsync(w.Fund($"/settlements/{Id(run)}/approvals"), new
                {
                    partnerBodyId = body, approvingBody = "Joint Board member", delegationReference = "Delegation to the Joint Board", approvedOn = "2018-05-20",
                }));
        var debts = await Ok(ccg.GetAsync($"/api/v1/agreements/{w.AgreementId}/debts"));
        var topSlice = debts.EnumerateArray().Single(d => Id(d) == debt);
        Assert.Equal(9_800_000m - 808_543.39m, topSlice.GetProperty("outstanding").GetDecimal());
    }

    [Fact]
    public async Task Terms_that_do_not_add_up_to_100_and_unknown_line_codes_are_refused_naming_the_field_and_nothing_is_written()
    {
        var p = await Plymouth();
        using var commissioner = p.Council(Roles.Commissioner);
        await Refused(commissioner.PutAsJsonAsync($"/api/v1/agreements/{p.AgreementId}/settlement-terms", new { pool = Split(p, 75m, 20m) }),
            HttpStatusCode.BadRequest, "percentages", SettlementRules.SplitWhole);
        Assert.Equal(JsonValueKind.Null, (await Ok(commissioner.GetAsync($"/api/v1/agreements/{p.AgreementId}"))).GetProperty("settlementTerms").ValueKind);

        using var manager = p.Council(Roles.PoolManager);
        await Refused(manager.PostAsJsonAsync(p.Fund("/settlements"), new { financialYear = "2015/16" }),
            HttpStatusCode.UnprocessableEntity, "settlementTerms", SettlementRules.TermsChosen);
        await ChooseTerms(p, new { pool = Split(p, 75m, 25m) });
        await Refused(manager.PostAsJsonAsync(p.Fund("/settlements"), new { financialYear = "2015/16", nonRecurring = new[] { "NO-SUCH-LINE" } }),
            HttpStatusCode.BadRequest, "nonRecurring", SettlementRules.LinesNamedKnown);
        await Refused(manager.GetAsync(p.Fund("/settlements/preview?financialYear=2015/16&treasuryIncome=NOPE")),
            HttpStatusCode.BadRequest, "treasuryIncome", SettlementRules.LinesNamedKnown);
        Assert.Equal(0, (await Ok(manager.GetAsync(p.Fund("/settlements")))).GetArrayLength());
    }

    [Fact]
    public async Task Only_the_host_s_pool_manager_runs_it_each_body_approves_only_for_itself_and_a_provider_sees_nothing()
    {
        var p = await Plymouth();
        await ChooseTerms(p, new { pool = Split(p, 75m, 25m) });
        var run = new { financialYear = "2015/16", calculatedOn = "2016-04-30" };

        using var ccgManager = p.Ccg(Roles.PoolManager);
        await Refused(ccgManager.PostAsJsonAsync(p.Fund("/settlements"), run), HttpStatusCode.Forbidden, "role");
        using var councilFinance = p.Council(Roles.FinanceOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await councilFinance.PostAsJsonAsync(p.Fund("/settlements"), run)).StatusCode);
        using var provider = _service.ClientFor("RXA", Roles.ProviderUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(p.Fund("/settlements/preview?financialYear=2015/16"))).StatusCode);
        Assert.Equal(0, (await Ok(councilFinance.GetAsync(p.Fund("/settlements")))).GetArrayLength());

        using var manager = p.Council(Roles.PoolManager);
        var id = Id((await Ok(manager.PostAsJsonAsync(p.Fund("/settlements"), run))).GetProperty("settlement"));
        using var councilApprover = p.Council(Roles.Approver);
        await Refused(councilApprover.PostAsJsonAsync(p.Fund($"/settlements/{id}/approvals"), new
        {
            partnerBodyId = p.CcgId, approvingBody = "Governing Body", delegationReference = "Not ours", approvedOn = "2016-05-10",
        }), HttpStatusCode.Forbidden, "role");
        // A commissioner or a pool manager does not hold the body's delegated authority to approve.
        foreach (var role in new[] { Roles.Commissioner, Roles.PoolManager })
        {
            using var notApprover = p.Ccg(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await notApprover.PostAsJsonAsync(p.Fund($"/settlements/{id}/approvals"), new
            {
                partnerBodyId = p.CcgId, approvingBody = "Governing Body", delegationReference = "GB minute", approvedOn = "2016-05-10",
            })).StatusCode);
        }
        var stored = await Ok(councilFinance.GetAsync(p.Fund($"/settlements/{id}")));
        Assert.Equal(0, stored.GetProperty("settlement").GetProperty("partnerApprovals").GetArrayLength());
    }
}
