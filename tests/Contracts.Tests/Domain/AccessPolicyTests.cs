using Commissioning.Domain;
using Contracts.Domain.Access;
using Contracts.Domain.Framework;
using Contracts.Domain.Monitoring;
using Contracts.Domain.RateCards;

namespace Contracts.Tests.Domain;

public class AccessPolicyTests
{
    private static readonly Caller CouncilCommissioner = new(Seeds.WirralCouncil, new HashSet<string> { ContractsRoles.Commissioner });
    private static readonly Caller CcgCommissioner = new(Seeds.WirralCcg, new HashSet<string> { ContractsRoles.Commissioner });
    private static readonly Caller CwpUser = new("rxa", new HashSet<string> { ContractsRoles.Provider });
    private static readonly Caller OtherProvider = new("VNKAB", new HashSet<string> { ContractsRoles.Provider });
    private static readonly Caller CwpWithoutRole = new(Seeds.Cwp, new HashSet<string>());

    private readonly Contracts.Domain.Agreements.CommissioningContract _contract = Seeds.AwardedS75();

    [Fact]
    public void Commissioners_award_contracts_providers_do_not()
    {
        Assert.True(ContractsAccessPolicy.CanAwardContracts(CouncilCommissioner));
        Assert.False(ContractsAccessPolicy.CanAwardContracts(CwpUser));
    }

    [Fact]
    public void A_commissioner_manages_only_contracts_its_organisation_is_party_to()
    {
        Assert.True(ContractsAccessPolicy.CanManage(CouncilCommissioner, _contract));
        Assert.False(ContractsAccessPolicy.CanManage(CcgCommissioner, _contract));
        Assert.True(ContractsAccessPolicy.CanView(CcgCommissioner, _contract));
    }

    [Fact]
    public void A_provider_sees_its_own_contract_but_never_manages_it()
    {
        Assert.True(ContractsAccessPolicy.CanView(CwpUser, _contract));
        Assert.False(ContractsAccessPolicy.CanManage(CwpUser, _contract));
        Assert.False(ContractsAccessPolicy.CanView(OtherProvider, _contract));
        Assert.False(ContractsAccessPolicy.CanView(CwpWithoutRole, _contract));
    }

    [Fact]
    public void A_provider_sees_and_returns_to_only_its_own_monitoring()
    {
        var monitoring = ContractMonitoring.Begin(_contract, Enum.GetValues<StatutoryOutcome>());

        Assert.True(ContractsAccessPolicy.CanView(CwpUser, monitoring));
        Assert.True(ContractsAccessPolicy.CanSubmitKpiReturn(CwpUser, monitoring));
        Assert.False(ContractsAccessPolicy.CanView(OtherProvider, monitoring));
        Assert.False(ContractsAccessPolicy.CanSubmitKpiReturn(OtherProvider, monitoring));
        Assert.False(ContractsAccessPolicy.CanSubmitKpiReturn(CouncilCommissioner, monitoring));
    }

    [Fact]
    public void A_provider_sees_the_rates_of_lots_it_is_admitted_to_only()
    {
        var framework = ProviderFramework.Publish("Wirral list", new DateOnly(2018, 4, 1), null, [Seeds.WirralWestResidential, Seeds.WirralWestHomeCare], false);
        framework.Admit(Seeds.CareHome(), [Seeds.WirralWestResidential], new DateOnly(2018, 4, 1));
        var residential = RateCard.Open(Seeds.WirralWestResidential, RateUnit.PerWeek);
        var homeCare = RateCard.Open(Seeds.WirralWestHomeCare, RateUnit.PerHour);

        Assert.True(ContractsAccessPolicy.CanView(OtherProvider, residential, framework));
        Assert.False(ContractsAccessPolicy.CanView(OtherProvider, homeCare, framework));
        Assert.False(ContractsAccessPolicy.CanView(CwpUser, residential, framework));
        Assert.True(ContractsAccessPolicy.CanView(CcgCommissioner, homeCare, framework));
    }

    [Fact]
    public void A_refused_check_is_a_forbidden_violation()
    {
        Violations.Expect(ViolationKind.Forbidden, "contractId",
            () => ContractsAccessPolicy.Demand(ContractsAccessPolicy.CanManage(CwpUser, _contract), "contractId", "vary this contract"));
    }
}
