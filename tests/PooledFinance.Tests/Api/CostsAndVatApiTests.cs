using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using PooledFinance.Domain.Vat;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Issue 16 items 8 and 10 through the API: W's and A's transformation costings reconciled with their penny
/// discrepancies (W:643-652, W:260; A §4.2 L794-799), the council's partial-exemption position (W:693-695) and the
/// evidence a principal needs under the agent model (W:683-687).
/// </summary>
public sealed class CostsAndVatApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _w = null!;
    private Guid _partnership;
    private HttpClient _councilFinance = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _w = await PartnerPool.Wirral(_service);
        _councilFinance = _w.Council(Roles.FinanceOfficer);
        var agreement = await Ok(_councilFinance.GetAsync($"/api/v1/agreements/{_w.AgreementId}"));
        _partnership = agreement.GetProperty("partnershipId").GetGuid();
    }

    public async Task DisposeAsync()
    {
        _councilFinance.Dispose();
        await _service.DisposeAsync();
    }

    private string Costings => $"/api/v1/partnerships/{_partnership}/costings";
    private string Positions => $"/api/v1/partnerships/{_partnership}/vat-positions";

    private object WirralCosting(Guid bearer) => new
    {
        bearerBodyId = bearer, title = "ICH transformation costs (indicative)", statedTotal = 112_218.14m,
        approvedEstimate = 112_000m, rateCard = new[] { new { role = "Project Manager", hourlyRate = 40.95m,
            weeklyHours = 36m } },
        lines = new object[]
        {
            new { item = "PWC Financial Due Diligence", role = "PWC Management", weeks = 8m, statedTotal = 40_000m },
            new { item = "Project Costs", role = "Director Of Service" },
            new { item = "Full Business Case Dev", role = "Project Manager", weeks = 6m, statedTotal = 8_845.00m },
            new { item = "Project Costs", role = "Project Manager", weeks = 30m, statedTotal = 44_226.00m },
            new { item = "Project Costs", role = "Legal", grade = "EP06", weeks = 6m, statedTotal = 5_568.96m },
            new { item = "Project Costs", role = "HR\\OD", grade = "EP021", weeks = 6m, statedTotal = 7_093.38m },
            new { item = "Project Costs", role = "Finance", grade = "EPO15", weeks = 6m, statedTotal = 6_484.80m },
        },
    };

    [Fact]
    public async Task W_costing_reports_the_20p_gap_the_blank_line_and_218_14_beyond_the_approval()
    {
        // BR-42 to BR-44: Σ £112,218.14 as stated; 40.95 × 36 × 6 = £8,845.20; approved £112,000 (W:260).
        var costing = await Ok(_councilFinance.PostAsJsonAsync(Costings, WirralCosting(_w.CouncilId)));
        using var ccg = _w.Ccg(Roles.Commissioner);
        var read = await Ok(ccg.GetAsync($"{Costings}/{Id(costing)}"));

        Assert.Equal((112_218.14m, 112_218.34m), (read.GetProperty("itemisedTotal").GetDecimal(),
            read.GetProperty("recomputedTotal").GetDecimal()));
        Assert.Equal(-0.20m, read.GetProperty("lines")[2].GetProperty("discrepancy").GetDecimal());
        Assert.Equal(["lines[1]", "lines[2].statedTotal", "approvedEstimate"], read.GetProperty("findings")
            .EnumerateArray().Select(f => f.GetProperty("field").GetString()));
        Assert.Single((await Ok(ccg.GetAsync(Costings))).EnumerateArray());
    }

    [Fact]
    public async Task A_costing_reports_the_52p_gap_on_the_outline_business_case_and_costs_days_at_a_fifth_week()
    {
        // R-FIN-10 (A L795-798): 41.88 × 36 × 4 = £6,030.72 against £6,030.20; 48.32 × 7.2 × 7 = £2,435.33.
        var costing = await Ok(_councilFinance.PostAsJsonAsync(Costings, new
        {
            bearerBodyId = _w.CouncilId, title = "All age disability transformation costs", statedTotal = 61_737.61m,
            rateCard = new[]
            {
                new { role = "Senior Business Designer", hourlyRate = 41.88m, weeklyHours = 36m },
                new { role = "Project Manager", hourlyRate = 40.95m, weeklyHours = 36m },
                new { role = "Programme Manager", hourlyRate = 48.32m, weeklyHours = 36m },
            },
            lines = new object[]
            {
                new { item = "Outline Business Case", role = "Senior Business Designer", weeks = 4m,
                    statedTotal = 6_030.20m },
                new { item = "Full Business Case", role = "Senior Business Designer", weeks = 6m,
                    statedTotal = 9_046.08m },
                new { item = "Project Management", role = "Project Manager", weeks = 30m, statedTotal = 44_226m },
                new { item = "Project Management", role = "Programme Manager", days = 7m, statedTotal = 2_435.33m },
            },
        }));

        var finding = Assert.Single(costing.GetProperty("findings").EnumerateArray());
        Assert.Equal(("lines[0].statedTotal", -0.52m), (finding.GetProperty("field").GetString(),
            finding.GetProperty("difference").GetDecimal()));
        Assert.Equal(2_435.33m, costing.GetProperty("lines")[3].GetProperty("computed").GetDecimal());
        Assert.Equal(61_738.13m, costing.GetProperty("recomputedTotal").GetDecimal());
    }

    [Fact]
    public async Task A_costing_is_stated_only_by_the_bearer_s_finance_officer_and_bad_lines_name_their_field()
    {
        using var ccgFinance = _w.Ccg(Roles.FinanceOfficer);
        await Refused(ccgFinance.PostAsJsonAsync(Costings, WirralCosting(_w.CouncilId)), HttpStatusCode.Forbidden,
            "bearerBodyId");
        await Refused(_councilFinance.PostAsJsonAsync(Costings, new
        {
            bearerBodyId = _w.CouncilId, title = "x", lines = new[] { new { item = "x", role = "x", weeks = 1m,
                days = 1m } },
        }), HttpStatusCode.BadRequest, "lines[0].days");
        var plymouth = await PartnerPool.Plymouth(_service);
        using var outsider = plymouth.Council(Roles.FinanceOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(Costings)).StatusCode);
        Assert.Equal(0, (await Ok(_councilFinance.GetAsync(Costings))).GetArrayLength());
    }

    [Fact]
    public async Task The_council_states_its_VAT_and_every_partner_reads_it_within_the_5_percent_de_minimis()
    {
        // BR-55 (W:693-695): the amounts are the test's own; W gives the rule and the 5%.
        var stated = await Ok(_councilFinance.PostAsJsonAsync(Positions, new
        {
            councilBodyId = _w.CouncilId, financialYear = "2017/18", totalInputVat = 1_000_000m,
            exemptInputVat = 40_000m, commissioningInputVat = 600_000m,
        }));
        using var ccg = _w.Ccg(Roles.Auditor);
        var read = await Ok(ccg.GetAsync($"{Positions}/{Id(stated)}"));

        Assert.True(read.GetProperty("withinDeMinimis").GetBoolean());
        Assert.Equal((4.00m, 5m, 10_000m), (read.GetProperty("exemptPercentage").GetDecimal(),
            read.GetProperty("deMinimisPercentage").GetDecimal(), read.GetProperty("deMinimisHeadroom").GetDecimal()));
        await Refused(_councilFinance.PostAsJsonAsync(Positions, new
        {
            councilBodyId = _w.CouncilId, financialYear = "2017/18", totalInputVat = 1m, exemptInputVat = 0m,
            commissioningInputVat = 0m,
        }), HttpStatusCode.Conflict, "financialYear");
        using var ccgFinance = _w.Ccg(Roles.FinanceOfficer);
        await Refused(ccgFinance.PostAsJsonAsync(Positions, new
        {
            councilBodyId = _w.CcgId, financialYear = "2017/18", totalInputVat = 1m, exemptInputVat = 0m,
            commissioningInputVat = 0m,
        }), HttpStatusCode.BadRequest, "councilBodyId", VatRules.DeMinimisIsACouncils);
        Assert.Single((await Ok(ccg.GetAsync(Positions))).EnumerateArray());
    }

    [Fact]
    public async Task An_agent_fund_lists_what_the_CCG_as_principal_needs_and_a_lead_commissioner_fund_less()
    {
        // BR-52 to BR-54 (W:682-687): the council hosts; the CCG is the principal of its lines.
        var agent = await Ok(_councilFinance.PostAsJsonAsync($"/api/v1/agreements/{_w.AgreementId}/funds", new
        {
            name = "ICH fund held as agent", kind = "pooled", hostBodyId = _w.CouncilId,
            poolManager = "Director of Finance", vatModel = "agent",
        }));
        using var ccg = _w.Ccg(Roles.Commissioner);
        var evidence = await Ok(ccg.GetAsync($"/api/v1/funds/{Id(agent)}/vat-evidence"));
        var lead = await Ok(ccg.GetAsync(_w.Fund("/vat-evidence")));

        Assert.True(evidence.GetProperty("managementChargeBearsVat").GetBoolean());
        var principal = Assert.Single(evidence.GetProperty("principals").EnumerateArray());
        Assert.Equal(_w.CcgId, principal.GetProperty("principalBodyId").GetGuid());
        Assert.Equal(["recoveryEvidence", "apportionment", "managementCharge", "interPartnerCharges"],
            principal.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Single(lead.GetProperty("principals")[0].GetProperty("requirements").EnumerateArray());
    }
}
