using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using DemoData;
using PooledFinance.Domain.Planning;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Issue 16 item 7 through the service: Plymouth's 2015/16 settlement measured against its pooled fund three-year
/// plan (P:L306-332). The fund is budgeted at the resource limit of £421,481k (P:L318) and its outturn is £440,000k:
/// 18,519 over the limit, less the planned deficit of 12,442 (P:L320), leaves 6,077 of the 14,300 benefits
/// (P:L321) not delivered.
/// </summary>
public sealed class SettlementPlanApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _p = null!;
    private string _plans = "";

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _p = await PartnerPool.Plymouth(_service);
        await _p.Line("PCC-ASC", "Council adult social care", _p.CouncilId, "2015/16", 100_000_000m);
        var ccg = await _p.Line("CCG-CHS", "CCG community and acute commissioning", _p.CcgId, "2015/16", 321_481_000m);
        await _p.Forecast(ccg, 340_000_000m, "2016-03-31");
        using var commissioner = _p.Council(Roles.Commissioner);
        await Ok(commissioner.PutAsJsonAsync($"/api/v1/agreements/{_p.AgreementId}/settlement-terms", new
        {
            pool = new
            {
                rule = "fixedSplit",
                percentages = new[]
                {
                    new { partnerBodyId = _p.CcgId, amount = 75m }, new { partnerBodyId = _p.CouncilId, amount = 25m },
                },
            },
        }));
        _plans = $"/api/v1/agreements/{_p.AgreementId}/pool-plans";
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private async Task<Guid> StatePlan()
    {
        using var manager = _p.Council(Roles.PoolManager);
        return Id(await Ok(manager.PostAsJsonAsync(_plans, PooledFinanceDemo.PlymouthPoolPlan)));
    }

    [Fact]
    public async Task The_settlement_shows_the_plan_beside_the_outturn_and_its_6_077k_shortfall_announced_and_reported()
    {
        var plan = await StatePlan();
        using var ccgFinance = _p.Ccg(Roles.FinanceOfficer);

        var preview = await Ok(ccgFinance.GetAsync(_p.Fund("/settlements/preview?financialYear=2015/16")));
        var measured = preview.GetProperty("settlement").GetProperty("poolPlan");
        Assert.Equal(plan, measured.GetProperty("poolPlanId").GetGuid());
        Assert.Equal(
            [421_481_000m, 12_442_000m, 14_300_000m, 440_000_000m, 18_519_000m, 6_077_000m, 0m],
            new[] { "resourceLimit", "plannedDeficit", "benefits", "outturn", "overspendAgainstResourceLimit",
                "shortfall", "withinPlannedDeficit" }.Select(f => measured.GetProperty(f).GetDecimal()));
        Assert.Equal(6, measured.GetProperty("benefitSchemes").GetArrayLength());
        Assert.Contains(preview.GetProperty("arithmetic").EnumerateArray(), a => a.GetString() ==
            "Overspend against the resource limit 18,519,000.00 less planned deficit 12,442,000.00 = 6,077,000.00: "
            + "shortfall 6,077,000.00, benefits not delivered of the 14,300,000.00 the plan relies on");
        Assert.Empty(await _p.Events("pool-plan-shortfall-detected"));

        using var manager = _p.Council(Roles.PoolManager);
        var run = await Ok(manager.PostAsJsonAsync(_p.Fund("/settlements"),
            new { financialYear = "2015/16", calculatedOn = "2016-04-30" }));
        var settlementId = Id(run.GetProperty("settlement"));
        var stored = await Ok(ccgFinance.GetAsync(_p.Fund($"/settlements/{settlementId}")));
        Assert.Equal(6_077_000m,
            stored.GetProperty("settlement").GetProperty("poolPlan").GetProperty("shortfall").GetDecimal());

        var announced = Assert.Single(await _p.Events("pool-plan-shortfall-detected"));
        Assert.Equal((settlementId.ToString(), plan.ToString(), _p.FundId.ToString(), "607700000", "1244200000"),
            (announced.GetProperty("settlementId").GetString(), announced.GetProperty("poolPlanId").GetString(),
                announced.GetProperty("fundId").GetString(),
                announced.GetProperty("shortfall").GetProperty("pence").GetString(),
                announced.GetProperty("plannedDeficit").GetProperty("pence").GetString()));

        var report = await Ok(ccgFinance.GetAsync(_p.Fund("/report?financialYear=2015/16&month=12")));
        var reported = report.GetProperty("poolPlan");
        Assert.Equal((6_077_000m, 6_077_000m, settlementId),
            (reported.GetProperty("forecastShortfall").GetDecimal(),
                reported.GetProperty("settledShortfall").GetDecimal(),
                reported.GetProperty("settlementId").GetGuid()));
        var csv = await (await ccgFinance.GetAsync(_p.Fund("/report?financialYear=2015/16&month=12&format=csv")))
            .Content.ReadAsStringAsync();
        Assert.Contains("Pool plan,Pooled fund 3 year plan (P:L306-332),Benefits: forecast shortfall,,14300000.00,,,,"
            + "6077000.00", csv);
    }

    [Fact]
    public async Task Before_the_year_end_the_report_shows_the_forecast_against_the_plan_and_no_settled_shortfall()
    {
        await StatePlan();
        using var council = _p.Council(Roles.FinanceOfficer);

        // Month 6: no forecast posted yet, so each line is forecast at its budget, the resource limit itself.
        var reported = (await Ok(council.GetAsync(_p.Fund("/report?financialYear=2015/16&month=6"))))
            .GetProperty("poolPlan");

        Assert.Equal((0m, 0m), (reported.GetProperty("overspendAgainstResourceLimit").GetDecimal(),
            reported.GetProperty("forecastShortfall").GetDecimal()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reported.GetProperty("settledShortfall").ValueKind);
    }

    [Fact]
    public async Task A_plan_not_the_agreement_s_or_two_plans_for_the_year_unnamed_are_refused_naming_poolPlanId()
    {
        var plan = await StatePlan();
        using var manager = _p.Council(Roles.PoolManager);
        const string preview = "/settlements/preview?financialYear=2015/16&poolPlanId=";

        await Refused(manager.GetAsync(_p.Fund(preview + Guid.NewGuid())), HttpStatusCode.BadRequest, "poolPlanId",
            PoolPlanRules.PlanOfTheSettlement);
        await Refused(manager.GetAsync(_p.Fund(preview + "not-a-guid")), HttpStatusCode.BadRequest, "poolPlanId");
        await Refused(manager.GetAsync(_p.Fund("/settlements/preview?financialYear=2018/19&poolPlanId=" + plan)),
            HttpStatusCode.BadRequest, "poolPlanId", PoolPlanRules.PlanOfTheSettlement);
        await StatePlan();
        await Refused(manager.PostAsJsonAsync(_p.Fund("/settlements"), new { financialYear = "2015/16" }),
            HttpStatusCode.BadRequest, "poolPlanId", PoolPlanRules.PlanOfTheSettlement);
        Assert.Equal(0, (await Ok(manager.GetAsync(_p.Fund("/settlements")))).GetArrayLength());

        var named = await Ok(manager.PostAsJsonAsync(_p.Fund("/settlements"),
            new { financialYear = "2015/16", poolPlanId = plan }));
        Assert.Equal(plan, named.GetProperty("settlement").GetProperty("poolPlan").GetProperty("poolPlanId").GetGuid());
    }
}
