using Commissioning.Domain;
using Contracts.Domain.Framework;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;

namespace Contracts.Tests.Domain;

/// <summary>W:414 single provider framework; anchors B.7 (Oxfordshire DPS): open admission, Inadequate or serious concern excludes.</summary>
public class ProviderFrameworkTests
{
    private static readonly DateOnly Opens = new(2018, 4, 1);

    private static ProviderFramework WirralList(bool requiresLivingWage = false) => ProviderFramework.Publish(
        "Wirral care and support dynamic purchasing list", Opens, null,
        [Seeds.WirralWestResidential, Seeds.WirralWestHomeCare, MarketSegment.Of(ServiceType.DayOpportunities, "Wirral West")],
        requiresLivingWage);

    [Fact]
    public void A_provider_meeting_the_criteria_is_admitted_to_its_lots_by_event()
    {
        var framework = WirralList();
        var provider = Seeds.CareHome();

        framework.Admit(provider, [Seeds.WirralWestResidential], new DateOnly(2018, 6, 1));

        Assert.True(framework.IsAdmitted(provider.Id, Seeds.WirralWestResidential));
        Assert.False(framework.IsAdmitted(provider.Id, Seeds.WirralWestHomeCare));
        var e = Assert.IsType<ProviderAdmittedToFramework>(Assert.Single(framework.DomainEvents));
        Assert.Equal([Seeds.WirralWestResidential], e.Lots);
    }

    [Fact]
    public void Admission_is_open_on_any_day_the_list_is_open()
    {
        var framework = WirralList();

        framework.Admit(Seeds.CareHome(), [Seeds.WirralWestResidential], new DateOnly(2021, 12, 24));

        Assert.Single(framework.Members);
        Violations.Expect(ViolationKind.Precondition, "admittedOn",
            () => framework.Admit(Seeds.CareHome("VNKAC"), [Seeds.WirralWestResidential], Opens.AddDays(-1)));
    }

    [Fact]
    public void An_inadequate_rating_excludes_and_nothing_is_written()
    {
        var framework = WirralList();
        var provider = Seeds.CareHome();
        provider.RecordCqcRating(CqcRating.Inadequate, new DateOnly(2018, 5, 1));

        Violations.Expect(ViolationKind.Precondition, "cqcRating", () => framework.Admit(provider, [Seeds.WirralWestResidential], Opens));

        Assert.Empty(framework.Members);
        Assert.Empty(framework.DomainEvents);
    }

    [Fact]
    public void A_serious_concern_excludes()
    {
        var provider = Seeds.CareHome();
        provider.RaiseSeriousConcern("Under the serious concerns framework", Opens);

        Violations.Expect(ViolationKind.Precondition, "seriousConcern", () => WirralList().Admit(provider, [Seeds.WirralWestResidential], Opens));
    }

    [Fact]
    public void A_suspended_provider_cannot_join()
    {
        var provider = Seeds.CareHome();
        provider.Suspend("Embargo", Opens);

        Violations.Expect(ViolationKind.Precondition, "status", () => WirralList().Admit(provider, [Seeds.WirralWestResidential], Opens));
    }

    [Fact]
    public void A_regulated_lot_needs_a_cqc_location_but_day_opportunities_do_not()
    {
        var framework = WirralList();
        var dayCentre = Provider.Register("Community Day Centre", "DAY01", ProviderSector.ThirdSector, null);

        Violations.Expect(ViolationKind.Precondition, "cqcLocationId", () => framework.Admit(dayCentre, [Seeds.WirralWestHomeCare], Opens));
        framework.Admit(dayCentre, [MarketSegment.Of(ServiceType.DayOpportunities, "Wirral West")], Opens);

        Assert.Single(framework.Members);
    }

    [Fact]
    public void A_list_that_requires_the_living_wage_refuses_a_provider_that_does_not_pay_it_P_L263()
    {
        var provider = Seeds.CareHome();
        provider.RecordLivingWage(LivingWageStatus.Unconfirmed, Opens);

        Violations.Expect(ViolationKind.Precondition, "livingWage", () => WirralList(requiresLivingWage: true).Admit(provider, [Seeds.WirralWestResidential], Opens));
    }

    [Fact]
    public void A_lot_the_list_does_not_have_is_refused_and_no_lot_is_admitted()
    {
        var framework = WirralList();

        Violations.Expect(ViolationKind.Invalid, "lots", () => framework.Admit(Seeds.CareHome(),
            [Seeds.WirralWestResidential, MarketSegment.Of(ServiceType.NursingCare, "Birkenhead")], Opens));

        Assert.Empty(framework.Members);
    }

    [Fact]
    public void A_provider_already_on_a_lot_is_not_admitted_twice()
    {
        var framework = WirralList();
        var provider = Seeds.CareHome();
        framework.Admit(provider, [Seeds.WirralWestResidential], Opens);

        Violations.Expect(ViolationKind.AlreadyExists, "lots", () => framework.Admit(provider, [Seeds.WirralWestResidential], Opens));
    }

    [Fact]
    public void A_member_later_rated_inadequate_is_excluded_from_every_lot_and_may_rejoin_once_it_recovers()
    {
        var framework = WirralList();
        var provider = Seeds.CareHome();
        framework.Admit(provider, [Seeds.WirralWestResidential, Seeds.WirralWestHomeCare], Opens);
        framework.ClearDomainEvents();

        provider.RecordCqcRating(CqcRating.Inadequate, new DateOnly(2019, 2, 1));
        framework.Reassess(provider, new DateOnly(2019, 2, 2));

        Assert.False(framework.IsAdmitted(provider.Id, Seeds.WirralWestResidential));
        Assert.False(framework.IsAdmitted(provider.Id, Seeds.WirralWestHomeCare));
        var e = Assert.IsType<ProviderExcludedFromFramework>(Assert.Single(framework.DomainEvents));
        Assert.Contains("Inadequate", e.Reason);

        provider.RecordCqcRating(CqcRating.RequiresImprovement, new DateOnly(2019, 9, 1));
        framework.Admit(provider, [Seeds.WirralWestResidential], new DateOnly(2019, 9, 2));
        Assert.True(framework.IsAdmitted(provider.Id, Seeds.WirralWestResidential));
    }

    [Fact]
    public void Reassessing_a_member_that_still_meets_the_criteria_changes_nothing()
    {
        var framework = WirralList();
        var provider = Seeds.CareHome();
        framework.Admit(provider, [Seeds.WirralWestResidential], Opens);
        framework.ClearDomainEvents();

        framework.Reassess(provider, new DateOnly(2019, 1, 1));

        Assert.True(framework.IsAdmitted(provider.Id, Seeds.WirralWestResidential));
        Assert.Empty(framework.DomainEvents);
    }

    [Fact]
    public void A_framework_needs_a_lot_and_cannot_close_before_it_opens()
    {
        Violations.Expect(ViolationKind.Invalid, "lots", () => ProviderFramework.Publish("Empty", Opens, null, [], false));
        Violations.Expect(ViolationKind.Invalid, "closesOn", () => ProviderFramework.Publish("Backwards", Opens, Opens.AddDays(-1), [Seeds.WirralWestHomeCare], false));
    }
}
