using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Eventing.Outbox;
using Commissioning.Identity;
using Commissioning.Testing;
using Contracts.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Contracts.Tests.Api.WirralMarket;

namespace Contracts.Tests.Api;

/// <summary>Contracts over HTTP on real Kestrel with A's s75 delegation to CWP (A §1.19, §2.2, §3.8).</summary>
public sealed class ContractsApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private HttpClient _council = null!;
    private WirralMarket _market = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _council = _service.ClientFor(WirralCouncil, Roles.Commissioner);
        _market = await WirralMarket.Create(_council);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Theory]
    [InlineData("2018-03-31", null, "mobilising")]
    [InlineData("2018-04-01", "Stabilisation", "live")]
    [InlineData("2019-04-01", "Development and transformation", "live")]
    [InlineData("2022-04-01", null, "ended")]
    public async Task The_delegation_is_in_stabilisation_in_year_one_then_development_A_L1434_L1444(string on,
        string? phase, string status)
    {
        var contract = await Award();

        var standing = await Read(await _council.GetAsync($"/api/v1/contracts/{Id(contract)}/phase?on={on}"));

        Assert.Equal((phase, status, "2022-03-31"), (standing.GetProperty("phase").GetString(),
            standing.GetProperty("status").GetString(), standing.GetProperty("lastDay").GetString()));
    }

    [Fact]
    public async Task A_s75_delegation_is_a_direct_award_of_5_19m_a_year_for_four_years_from_1_April_2018()
    {
        // A R-CON-01 / §4.1 L784: 3.09 + 1.04 + 1.06 = £5.19m a year; A §3.8 L768, §5.33 L1441: 1 April 2018, four years.
        var contract = await Award();

        Assert.Equal("section75-delegation", contract.GetProperty("type").GetString());
        Assert.Equal("direct-award", contract.GetProperty("route").GetString());
        Assert.Equal("2022-03-31", contract.GetProperty("lastDay").GetString());
        Assert.Equal(4 * 5_190_000m, contract.GetProperty("totalValue").GetDecimal());
        var commitments = await Read(await _council.GetAsync($"/api/v1/contracts/{Id(contract)}/commitments"));
        Assert.Equal([5_190_000m, 5_190_000m, 5_190_000m, 5_190_000m], commitments.EnumerateArray().Select(c => c.GetProperty("amount").GetDecimal()));
        Assert.Equal(2018, commitments[0].GetProperty("year").GetProperty("startYear").GetInt32());
    }

    [Fact]
    public async Task An_award_is_published_through_the_outbox_with_the_contract_as_its_subject()
    {
        var contract = await Award();

        await using var scope = _service.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ContractsStore>();
        var awarded = await store.Set<OutboxMessage>().SingleAsync(m => m.Type == "commissioning.contracts.contract-awarded.v1");
        Assert.Equal((Id(contract).ToString(), "contracts.contract-awarded"), (awarded.Subject, awarded.Topic));
        var payload = JsonDocument.Parse(awarded.Payload).RootElement;
        Assert.Equal("519000000", payload.GetProperty("annualValue").GetProperty("pence").GetString());
        Assert.Equal("CONTRACT_TYPE_SECTION_75_DELEGATION", payload.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_award_before_due_diligence_is_signed_off_is_refused_and_nothing_is_written_P_L805()
    {
        // P:L805-817: due diligence on the nine areas and a named sign-off come before award.
        var careHomeDd = await StartDueDiligence(_council, _market.CareHomeId);
        foreach (var (area, function) in NineAreas.Take(8)) await Assess(_council, careHomeDd, area, function);
        var award = _market.CareHomeAward(careHomeDd);

        var unsigned = await _council.PostAsJsonAsync("/api/v1/contracts", award);
        award["dueDiligenceId"] = null;
        var none = await _council.PostAsJsonAsync("/api/v1/contracts", award);

        Assert.Equal((422, "dueDiligenceId"), await Problem(unsigned));
        Assert.Equal((422, "dueDiligenceId"), await Problem(none));
        Assert.Equal(0, (await Read(await _council.GetAsync("/api/v1/contracts"))).GetArrayLength());
    }

    [Fact]
    public async Task A_prescribed_NHS_service_must_be_let_on_the_NHS_Standard_Contract_P_L438()
    {
        var award = _market.S75Award();
        award["contractType"] = "local-authority-contract";
        award["delegatedFunctions"] = Array.Empty<string>();
        award["prescribedNhsService"] = true;

        var refused = await _council.PostAsJsonAsync("/api/v1/contracts", award);

        Assert.Equal((400, "contractType"), await Problem(refused));
        Assert.Equal(0, (await Read(await _council.GetAsync("/api/v1/contracts"))).GetArrayLength());
    }

    [Fact]
    public async Task A_pay_award_variation_lifts_the_value_from_year_two_A_L813()
    {
        // A Table 1 / L813: the 1% pay award is about £0.05m, so £5.24m a year from 2019/20.
        var contract = await Award();

        var varied = await Read(await _council.PostAsJsonAsync($"/api/v1/contracts/{Id(contract)}/variations", new
        {
            reason = "1% pay award", effectiveFrom = "2019-04-01", annualValueChange = 50_000m, newEndsOn = (string?)null,
            approvals = new[] { Approval(WirralCouncil, "2019-03-01") },
        }));

        Assert.Equal(5_190_000m + 3 * 5_240_000m, varied.GetProperty("totalValue").GetDecimal());
        Assert.Equal(1, varied.GetProperty("variations").GetArrayLength());
    }

    [Fact]
    public async Task A_variation_that_makes_the_term_or_the_value_invalid_is_refused_and_changes_nothing()
    {
        var contract = await Award();
        var path = $"/api/v1/contracts/{Id(contract)}/variations";
        var approvals = new[] { Approval(WirralCouncil, "2019-03-01") };

        var termBeforeChange = await _council.PostAsJsonAsync(path, new
        {
            reason = "Early end", effectiveFrom = "2019-04-01", annualValueChange = (decimal?)null, newEndsOn = "2019-03-31", approvals,
        });
        var negativeValue = await _council.PostAsJsonAsync(path, new
        {
            reason = "Cut", effectiveFrom = "2019-04-01", annualValueChange = -6_000_000m, newEndsOn = (string?)null, approvals,
        });

        Assert.Equal((400, "newEndsOn"), await Problem(termBeforeChange));
        Assert.Equal((400, "annualValueChange"), await Problem(negativeValue));
        var unchanged = await Read(await _council.GetAsync($"/api/v1/contracts/{Id(contract)}"));
        Assert.Equal(("2022-03-31", 0), (unchanged.GetProperty("endsOn").GetString(), unchanged.GetProperty("variations").GetArrayLength()));
    }

    [Fact]
    public async Task Council_notice_runs_three_calendar_months_from_service_P_L421()
    {
        // P:L421 and L934: notice with documented consultation; 30 November 2019 + 3 months = 29 February 2020.
        var contract = await Award();

        var noticed = await Read(await _council.PostAsJsonAsync($"/api/v1/contracts/{Id(contract)}/notice", new
        {
            servedOn = "2019-11-30", reason = "Service redesign", consultationReference = "Cabinet minute 2019/88",
        }));

        Assert.Equal("2020-02-29", noticed.GetProperty("lastDay").GetString());
        Assert.Equal(WirralCouncil, noticed.GetProperty("notice").GetProperty("servedBy").GetString());
    }

    [Fact]
    public async Task Lists_are_paged_in_the_store_oldest_first_and_a_page_out_of_range_is_refused()
    {
        var contract = await Award();
        using var cwp = _service.ClientFor(Cwp, Roles.ProviderUser);

        var first = await Read(await _council.GetAsync("/api/v1/providers?limit=1"));
        var second = await Read(await _council.GetAsync("/api/v1/providers?offset=1&limit=1"));
        Assert.Equal([_market.CwpId], first.EnumerateArray().Select(Id));
        Assert.Equal([_market.CareHomeId], second.EnumerateArray().Select(Id));
        var own = await Read(await cwp.GetAsync("/api/v1/contracts?limit=1"));
        Assert.Equal([Id(contract)], own.EnumerateArray().Select(Id));
        Assert.Equal(0, (await Read(await cwp.GetAsync("/api/v1/contracts?offset=1"))).GetArrayLength());
        string[] lists = ["/api/v1/contracts", "/api/v1/providers", "/api/v1/frameworks", "/api/v1/rate-cards"];
        foreach (var path in lists)
        {
            Assert.Equal((400, "limit"), await Problem(await _council.GetAsync($"{path}?limit=0")));
            Assert.Equal((400, "limit"), await Problem(await _council.GetAsync($"{path}?limit=501")));
            Assert.Equal((400, "offset"), await Problem(await _council.GetAsync($"{path}?offset=-1")));
        }
    }

    [Fact]
    public async Task A_provider_user_sees_only_its_own_contracts_and_reviews()
    {
        var contract = await Award();
        using var cwp = _service.ClientFor(Cwp, Roles.ProviderUser);
        using var careHome = _service.ClientFor(CareHome, Roles.ProviderUser);

        var own = await Read(await cwp.GetAsync("/api/v1/contracts"));
        var others = await Read(await careHome.GetAsync("/api/v1/contracts"));

        Assert.Equal([Id(contract)], own.EnumerateArray().Select(Id));
        Assert.Equal(0, others.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await cwp.GetAsync($"/api/v1/contracts/{Id(contract)}/monitoring")).StatusCode);
        // Issue 15: another provider's contract is not found, so that its existence does not leak.
        Assert.Equal(HttpStatusCode.NotFound,
            (await careHome.GetAsync($"/api/v1/contracts/{Id(contract)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await careHome.GetAsync($"/api/v1/contracts/{Id(contract)}/monitoring")).StatusCode);
    }

    [Fact]
    public async Task Only_the_contracts_own_provider_submits_its_KPI_returns_and_a_missed_target_raises_an_issue()
    {
        var contract = await Award();
        var monitoring = $"/api/v1/contracts/{Id(contract)}/monitoring";
        await Read(await _council.PostAsJsonAsync($"{monitoring}/kpis", new
        {
            code = "REV-12WK", name = "Reviews within 12 weeks", target = 95m, direction = "higher-is-better",
        }));
        var kpiReturn = new { kpiCode = "REV-12WK", periodStart = "2018-04-01", periodEnd = "2018-06-30", value = 91.5m, submittedOn = "2018-07-10" };
        using var cwp = _service.ClientFor(Cwp, Roles.ProviderUser);
        using var careHome = _service.ClientFor(CareHome, Roles.ProviderUser);

        var byOther = await careHome.PostAsJsonAsync($"{monitoring}/kpi-returns", kpiReturn);
        var byCommissioner = await _council.PostAsJsonAsync($"{monitoring}/kpi-returns", kpiReturn);
        var byOwn = await Read(await cwp.PostAsJsonAsync($"{monitoring}/kpi-returns", kpiReturn));

        Assert.Equal((404, "id"), await Problem(byOther));
        Assert.Equal((403, "submittedBy"), await Problem(byCommissioner));
        Assert.False(byOwn.GetProperty("meetsTarget").GetBoolean());
        var issues = (await Read(await cwp.GetAsync(monitoring))).GetProperty("issues");
        Assert.Equal("medium", Assert.Single(issues.EnumerateArray()).GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Callers_without_a_token_get_401_without_the_role_403_and_not_party_to_the_contract_404()
    {
        var contract = await Award();
        using var anonymous = _service.CreateClient();
        using var provider = _service.ClientFor(Cwp, Roles.ProviderUser);
        using var ccg = _service.ClientFor(WirralCcg, Roles.Commissioner);
        var variation = new
        {
            reason = "1% pay award", effectiveFrom = "2019-04-01", annualValueChange = 50_000m, newEndsOn = (string?)null,
            approvals = new[] { Approval(WirralCouncil, "2019-03-01") },
        };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/contracts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.PostAsJsonAsync("/api/v1/contracts", _market.S75Award())).StatusCode);
        Assert.Equal((404, "id"),
            await Problem(await ccg.PostAsJsonAsync($"/api/v1/contracts/{Id(contract)}/variations", variation)));
        Assert.Equal((403, "commissioners"), await Problem(await ccg.PostAsJsonAsync("/api/v1/contracts", _market.S75Award())));
    }

    private async Task<JsonElement> Award()
    {
        var response = await _council.PostAsJsonAsync("/api/v1/contracts", _market.S75Award());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Read(response);
    }

    // Issue 16, defect 2: the council's configuration names who signs off (appsettings.json: Wirral's Director
    // for Adult Care and Health, B §1.1 L198; Plymouth's Strategic Director for People, P:L817).
    [Fact]
    public async Task A_sign_off_by_another_post_is_refused_naming_the_signatory_role_and_the_award_stays_blocked()
    {
        var careHomeDd = await AssessedNine(_market.CareHomeId);

        var byOther = await _council.PostAsJsonAsync($"/api/v1/due-diligence/{careHomeDd}/sign-off", new
        {
            signedOffBy = "A. Officer", signatoryRole = "Head of Commissioning", signedOffOn = "2017-12-15",
        });

        Assert.Equal((403, "signatoryRole"), await Problem(byOther));
        var award = _market.CareHomeAward(careHomeDd);
        Assert.Equal((422, "dueDiligenceId"),
            await Problem(await _council.PostAsJsonAsync("/api/v1/contracts", award)));
        Assert.Equal(0, (await Read(await _council.GetAsync("/api/v1/contracts"))).GetArrayLength());
    }

    [Fact]
    public async Task A_commissioner_whose_council_names_no_signatory_cannot_sign_off()
    {
        var careHomeDd = await AssessedNine(_market.CareHomeId);
        using var ccg = _service.ClientFor(WirralCcg, Roles.Commissioner);

        var byCcg = await ccg.PostAsJsonAsync($"/api/v1/due-diligence/{careHomeDd}/sign-off", new
        {
            signedOffBy = "Graham Hodkinson", signatoryRole = "Director for Adult Care and Health",
            signedOffOn = "2017-12-15",
        });

        Assert.Equal((422, "signatoryRole"), await Problem(byCcg));
    }

    private async Task<Guid> AssessedNine(Guid providerId)
    {
        var dd = await StartDueDiligence(_council, providerId);
        foreach (var (area, function) in NineAreas) await Assess(_council, dd, area, function);
        return dd;
    }
}
