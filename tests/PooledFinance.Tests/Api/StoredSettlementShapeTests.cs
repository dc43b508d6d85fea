using System.Text.Json.Nodes;
using Commissioning.Persistence;
using PooledFinance.Domain.Planning;
using PooledFinance.Domain.Settlement;
using PooledFinance.Tests.Domain;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Settlements stored before pool plans were measured hold no "plan" in their inputs; they still load, with no
/// plan and the arithmetic they had. One measured against a plan keeps its planned position and outturn.
/// </summary>
public sealed class StoredSettlementShapeTests
{
    private static RiskShareSettlement Settle(Plymouth p, PlanOutturn? plan)
    {
        p.Agreement.ChooseSettlementTerms(new SettlementTerms(new ProportionalToContributions()));
        return RiskShareSettlement.Calculate(p.Agreement, p.Pool(), Y2015, new SettlementInputs(
            [new SettlementItem("Over spend vs revenue resource limit", Thousands(26_742m))],
            [new PartnerAmount(p.Ccg.Id, Millions(321m)), new PartnerAmount(p.Council.Id, Millions(100m))], [], plan),
            [], new DateOnly(2016, 4, 30));
    }

    [Fact]
    public void A_settlement_stored_without_a_plan_loads_with_none_and_the_same_arithmetic()
    {
        var settlement = Settle(new Plymouth(), null);
        var row = JsonNode.Parse(DomainJson.Serialize(settlement))!;
        Assert.True(row["inputs"]!.AsObject().Remove("plan"));

        var loaded = DomainJson.Deserialize<RiskShareSettlement>(row.ToJsonString());

        Assert.Null(loaded.Inputs.Plan);
        Assert.Equal(settlement.Arithmetic(), loaded.Arithmetic());
    }

    [Fact]
    public void A_settlement_measured_against_the_plan_loads_with_its_planned_position_and_shortfall()
    {
        var p = new Plymouth();
        var plan = PoolPlan.State(p.Agreement, "Pooled fund 3 year plan", ReconciliationTests.PlymouthPlan,
            ReconciliationTests.PlymouthBenefits);
        var settlement = Settle(p, new PlanOutturn(plan.PositionFor(Y2015), Thousands(448_223m)));

        var loaded = DomainJson.Deserialize<RiskShareSettlement>(DomainJson.Serialize(settlement));

        var measured = loaded.Inputs.Plan!;
        Assert.Equal((Thousands(14_300m), 6), (measured.Shortfall, measured.Planned.BenefitSchemes.Count));
        Assert.Equal(settlement.Arithmetic(), loaded.Arithmetic());
    }
}
