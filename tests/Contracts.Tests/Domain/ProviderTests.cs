using Commissioning.Domain;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;

namespace Contracts.Tests.Domain;

public class ProviderTests
{
    private static readonly DateOnly Today = new(2019, 5, 1);

    [Fact]
    public void Registration_normalises_the_ods_code_and_keeps_the_cqc_location()
    {
        var provider = Provider.Register("Cheshire and Wirral Partnership NHS Foundation Trust", " rxa ", ProviderSector.Nhs, "1-101663962");

        Assert.Equal("RXA", provider.OdsCode);
        Assert.Equal("1-101663962", provider.CqcLocationId);
        Assert.Equal(ProviderStatus.Active, provider.Status);
        Assert.True(provider.IsEligibleForBrokerage);
    }

    [Theory]
    [InlineData("R!", "1-101663962", "odsCode")]
    [InlineData("RXA", "101663962", "cqcLocationId")]
    public void Registration_refuses_malformed_codes(string ods, string location, string field)
    {
        Violations.Expect(ViolationKind.Invalid, field, () => Provider.Register("Trust", ods, ProviderSector.Nhs, location));
    }

    [Fact]
    public void An_inadequate_rating_takes_the_provider_out_of_brokerage_at_once_by_event()
    {
        // Anchors B.7 (Oxfordshire DPS): an Inadequate overall CQC rating excludes.
        var provider = Seeds.CareHome();

        provider.RecordCqcRating(CqcRating.Inadequate, Today);

        Assert.False(provider.IsEligibleForBrokerage);
        Assert.False(provider.CanTakePlacement(Seeds.WirralWestResidential));
        var e = Assert.IsType<ProviderBrokerageEligibilityChanged>(Assert.Single(provider.DomainEvents));
        Assert.Equal((provider.Id, "VNKAB", false, Today), (e.ProviderId, e.OdsCode, e.Eligible, e.EffectiveOn));
        Assert.Contains("Inadequate", e.Reason);
    }

    [Fact]
    public void A_suspension_takes_the_provider_out_of_brokerage_and_reinstatement_brings_it_back()
    {
        var provider = Seeds.CareHome();
        provider.SetCapacity(Seeds.WirralWestResidential, 4);

        provider.Suspend("Safeguarding embargo", Today);
        Assert.False(provider.CanTakePlacement(Seeds.WirralWestResidential));
        provider.Reinstate(Today.AddDays(30));

        Assert.True(provider.CanTakePlacement(Seeds.WirralWestResidential));
        Assert.Equal([false, true], provider.DomainEvents.Cast<ProviderBrokerageEligibilityChanged>().Select(e => e.Eligible));
    }

    [Fact]
    public void A_serious_concern_bars_brokerage_until_it_is_closed()
    {
        var provider = Seeds.CareHome();

        provider.RaiseSeriousConcern("Medication errors reported", Today);
        Assert.Equal("Serious concern: Medication errors reported", provider.BrokerageBar);
        provider.CloseSeriousConcern(Today.AddDays(14));

        Assert.True(provider.IsEligibleForBrokerage);
        Assert.Equal(2, provider.DomainEvents.Count);
    }

    [Fact]
    public void A_rating_change_that_leaves_eligibility_alone_publishes_nothing()
    {
        var provider = Seeds.CareHome();

        provider.RecordCqcRating(CqcRating.RequiresImprovement, Today);

        Assert.True(provider.IsEligibleForBrokerage);
        Assert.Empty(provider.DomainEvents);
    }

    [Fact]
    public void An_older_rating_than_the_one_held_is_refused_and_changes_nothing()
    {
        var provider = Seeds.CareHome();

        Violations.Expect(ViolationKind.Invalid, "ratedOn", () => provider.RecordCqcRating(CqcRating.Inadequate, new DateOnly(2016, 1, 1)));

        Assert.Equal(CqcRating.Good, provider.CqcRating);
        Assert.Equal(new DateOnly(2017, 6, 1), provider.CqcRatedOn);
    }

    [Fact]
    public void A_provider_with_no_cqc_location_cannot_be_rated()
    {
        var provider = Provider.Register("Community Day Centre", "DAY01", ProviderSector.ThirdSector, null);

        Violations.Expect(ViolationKind.Invalid, "cqcLocationId", () => provider.RecordCqcRating(CqcRating.Good, Today));
    }

    [Fact]
    public void Re_rated_Good_after_Inadequate_the_provider_is_eligible_again_by_event_naming_the_rating()
    {
        // Anchors B.7: Inadequate excludes; a later Good rating lifts the bar at once.
        var provider = Seeds.CareHome();
        provider.RecordCqcRating(CqcRating.Inadequate, new DateOnly(2018, 5, 1));

        provider.RecordCqcRating(CqcRating.Good, new DateOnly(2018, 9, 14));

        Assert.True(provider.IsEligibleForBrokerage);
        var changes = provider.DomainEvents.OfType<ProviderBrokerageEligibilityChanged>().Select(e => (e.Eligible, e.Reason, e.EffectiveOn));
        Assert.Equal([(false, "CQC rated Inadequate on 2018-05-01", new DateOnly(2018, 5, 1)), (true, "CQC rated Good on 2018-09-14", new DateOnly(2018, 9, 14))], changes);
    }

    [Fact]
    public void A_lifted_suspension_or_closed_concern_says_what_lifted_it_but_a_remaining_bar_publishes_nothing()
    {
        var provider = Seeds.CareHome();
        provider.Suspend("Safeguarding embargo", new DateOnly(2018, 6, 4));
        provider.RaiseSeriousConcern("Medication errors", new DateOnly(2018, 6, 5));

        provider.Reinstate(new DateOnly(2018, 7, 2));
        provider.CloseSeriousConcern(new DateOnly(2018, 8, 1));

        var changes = provider.DomainEvents.OfType<ProviderBrokerageEligibilityChanged>().Select(e => (e.Eligible, e.Reason)).ToList();
        Assert.Equal([(false, "Suspended: Safeguarding embargo"), (true, "Serious concern closed")], changes);
    }

    [Fact]
    public void Exclusion_is_final()
    {
        var provider = Seeds.CareHome();
        provider.Exclude("Contract fraud", Today);

        Violations.Expect(ViolationKind.Precondition, "status", () => provider.Reinstate(Today));
        Violations.Expect(ViolationKind.Precondition, "status", () => provider.Suspend("Again", Today));
        Assert.Equal(ProviderStatus.Excluded, provider.Status);
    }

    [Fact]
    public void Capacity_is_held_by_service_type_and_locality()
    {
        var provider = Seeds.CareHome();
        provider.SetCapacity(Seeds.WirralWestResidential, 3);
        provider.SetCapacity(Seeds.WirralWestResidential, 2);

        Assert.Equal(2, provider.CapacityIn(Seeds.WirralWestResidential));
        Assert.Equal(0, provider.CapacityIn(MarketSegment.Of(ServiceType.ResidentialCare, "Birkenhead")));
        Assert.False(provider.CanTakePlacement(Seeds.WirralWestHomeCare));
        Violations.Expect(ViolationKind.Invalid, "places", () => provider.SetCapacity(Seeds.WirralWestHomeCare, -1));
    }

    [Fact]
    public void A_change_of_living_wage_status_is_published_P_L263()
    {
        var provider = Seeds.CareHome();

        provider.RecordLivingWage(LivingWageStatus.NotPaid, Today);
        provider.RecordLivingWage(LivingWageStatus.NotPaid, Today);

        var e = Assert.IsType<ProviderLivingWageStatusChanged>(Assert.Single(provider.DomainEvents));
        Assert.Equal(LivingWageStatus.NotPaid, e.Status);
    }
}
