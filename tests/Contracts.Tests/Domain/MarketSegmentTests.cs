using Commissioning.Domain;
using Contracts.Domain.Framework;
using Contracts.Domain.Markets;

namespace Contracts.Tests.Domain;

/// <summary>
/// Localities are the council's published names (W:414 lots by service type and locality); a broker
/// or provider typing "wirral west " means the council's "Wirral West", in every rule that compares them.
/// </summary>
public class MarketSegmentTests
{
    private static readonly MarketSegment TypedByHand = MarketSegment.Of(ServiceType.ResidentialCare, " wirral west ");

    [Fact]
    public void A_locality_matches_without_regard_to_case_or_surrounding_spaces()
    {
        Assert.Equal(Seeds.WirralWestResidential, TypedByHand);
        Assert.Equal(Seeds.WirralWestResidential.GetHashCode(), TypedByHand.GetHashCode());
        Assert.NotEqual(Seeds.WirralWestResidential, MarketSegment.Of(ServiceType.ResidentialCare, "Wirral South"));
        Assert.NotEqual(Seeds.WirralWestResidential, MarketSegment.Of(ServiceType.NursingCare, "Wirral West"));
    }

    [Fact]
    public void Capacity_declared_in_another_case_replaces_the_segments_capacity_instead_of_adding_a_second()
    {
        var provider = Seeds.CareHome();
        provider.SetCapacity(Seeds.WirralWestResidential, 4);

        provider.SetCapacity(TypedByHand, 2);

        Assert.Equal(2, Assert.Single(provider.Capacity).Places);
        Assert.Equal("Wirral West", provider.Capacity.Single().Segment.Locality);
        Assert.True(provider.CanTakePlacement(TypedByHand));
    }

    [Fact]
    public void A_lot_asked_for_in_another_case_is_the_frameworks_lot_and_keeps_its_published_name()
    {
        var framework = ProviderFramework.Publish("Wirral care and support dynamic purchasing list", new DateOnly(2018, 4, 1), null,
            [Seeds.WirralWestResidential], requiresLivingWage: false);
        var provider = Seeds.CareHome();

        framework.Admit(provider, [TypedByHand], new DateOnly(2018, 6, 1));

        Assert.True(framework.IsAdmitted(provider.Id, Seeds.WirralWestResidential));
        Assert.Equal("Wirral West", Assert.Single(framework.Members).Lot.Locality);
        Violations.Expect(ViolationKind.AlreadyExists, "lots", () => framework.AddLot(TypedByHand));
        Assert.Single(framework.Lots);
    }
}
