using Commissioning.Testing;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.SeedWork;
using PooledFinance.Domain.Vat;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// Issue 16 item 10: the council's partial-exemption position against the 5% de minimis and the evidence a
/// principal needs under the agent model (A_wirral_staffs.md BR-52 to BR-55; W:682-687, W:693-695). W states the
/// rule and the 5%, not the council's VAT, so the amounts below are the test's own.
/// </summary>
public class VatPositionTests
{
    private readonly Wirral _w = new();

    private CouncilVatPosition Council(decimal exempt, decimal commissioning) => CouncilVatPosition.State(
        _w.Partnership, _w.Council.Id, Y2017, 1_000_000m, exempt, commissioning);

    [Fact]
    public void Commissioning_VAT_is_non_business_so_pooling_leaves_the_council_within_its_5_percent_de_minimis()
    {
        // W:693: within 5% all VAT is recovered; W:695: commissioning is non-business, no impact on the calculation.
        var position = Council(exempt: 40_000m, commissioning: 600_000m);

        Assert.True(position.WithinDeMinimis);
        Assert.Equal((4.00m, 10_000m, 1_000_000m, 0m), (position.ExemptPercentage, position.DeMinimisHeadroom,
            position.RecoverableInputVat, position.RecoveryAtRisk));
    }

    [Fact]
    public void The_exact_5_percent_is_within_the_de_minimis_and_a_penny_over_is_not()
    {
        Assert.True(Council(50_000m, 0m).WithinDeMinimis);
        var over = Council(50_000.01m, 0m);
        Assert.False(over.WithinDeMinimis);
        Assert.Equal((-0.01m, 50_000.01m, 949_999.99m),
            (over.DeMinimisHeadroom, over.RecoveryAtRisk, over.RecoverableInputVat));
    }

    [Fact]
    public void Only_a_council_has_the_position_and_commissioning_VAT_is_not_also_counted_as_exempt()
    {
        Assert.Equal(("councilBodyId", VatRules.DeMinimisIsACouncils),
            Violation(() => CouncilVatPosition.State(_w.Partnership, _w.Ccg.Id, Y2017, 1_000_000m, 0m, 0m)).Named());
        Assert.Equal(("commissioningInputVat", VatRules.PartsWithinTheTotal),
            Violation(() => Council(500_000m, 600_000m)).Named());
        Assert.Equal(("totalInputVat", AmountRules.AboveZero),
            Violation(() => CouncilVatPosition.State(_w.Partnership, _w.Council.Id, Y2017, 0m, 0m, 0m)).Named());
    }

    [Fact]
    public void Under_the_agent_model_the_CCG_as_principal_needs_recovery_evidence_apportionment_and_charge_VAT()
    {
        // BR-53 (W:683-685) and BR-54 (W:687); the council hosts, so the CCG is the principal of its lines.
        var principal = Assert.Single(AgentVatEvidence.For(_w.Pool(VatModel.Agent), _w.Partnership));

        Assert.Equal(_w.Ccg.Id, principal.PrincipalBodyId);
        Assert.Equal(["recoveryEvidence", "apportionment", "managementCharge", "interPartnerCharges"],
            principal.Requirements.Select(r => r.Code));
    }

    [Fact]
    public void Under_the_lead_commissioner_model_recovery_follows_the_lead_and_only_inter_partner_charges_remain()
    {
        // BR-52 (W:682): the lead's regime recovers; BR-54 (W:687) applies whatever the model.
        var principal = Assert.Single(AgentVatEvidence.For(_w.Pool(), _w.Partnership));
        Assert.Equal("interPartnerCharges", Assert.Single(principal.Requirements).Code);
    }
}
