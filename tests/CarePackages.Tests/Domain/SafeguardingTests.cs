using CarePackages.Domain.People;
using CarePackages.Domain.Safeguarding;
using Commissioning.Domain;
using Commissioning.Testing;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

/// <summary>A R-SG-01..04 (§1.16.5 L416): child protection stays with the council. P:L833-835 for adults.</summary>
public class SafeguardingTests
{
    private static Person Child() => Person.Register("9434765870", "Ash", "Jones", new DateOnly(2010, 5, 10), Today, Key);

    [Fact]
    public void A_child_protection_concern_raised_by_the_provider_goes_to_the_council_never_to_the_provider()
    {
        var concern = SafeguardingConcern.Report(Child(), Practitioner, "Bruising noticed at respite", Today, Cwp, investigationDelegated: true);

        Assert.Equal(ConcernKind.ChildProtection, concern.Kind);
        Assert.Equal(Worklist.CouncilChildProtection, concern.Worklist);
        Assert.Equal(Cwp, concern.CoWorkingProviderId);
        Assert.Null(concern.InvestigatingProviderId);
        Assert.False(concern.IsOnWorklistOf(Practitioner));
        Assert.False(concern.IsOpenOnWorklistOf(QualityReviewer));
        Assert.True(concern.IsOpenOnWorklistOf(Safeguarding));
    }

    [Fact]
    public void An_adult_concern_may_be_investigated_by_the_provider_but_only_the_council_closes_it()
    {
        var concern = SafeguardingConcern.Report(Adult(), Practitioner, "Money missing", Today, Cwp, investigationDelegated: true);
        Assert.Equal(Worklist.ProviderInvestigation, concern.Worklist);
        Assert.True(concern.IsOnWorklistOf(Practitioner));

        Assert.Equal(ViolationKind.Forbidden, Violation(() => concern.Close(Practitioner, Today)).Kind);
        Assert.Equal(("outcome", SafeguardingRules.ClosedAfterScrutiny), Violation(() => concern.Close(Safeguarding,
            Today)).Named());
        concern.ProposeOutcome(Practitioner, "Substantiated; appointee changed");
        Assert.Equal(Worklist.CouncilAdultSafeguarding, concern.Worklist);
        Assert.True(concern.IsOpenOnWorklistOf(Safeguarding));
        concern.Close(Safeguarding, Today);
        Assert.Single(concern.DomainEvents.OfType<SafeguardingConcernClosed>());
        Assert.False(concern.IsOpenOnWorklistOf(Safeguarding), "a closed concern leaves the worklist");
    }

    [Fact]
    public void Without_a_delegation_an_adult_concern_stays_with_the_council() =>
        Assert.Equal(Worklist.CouncilAdultSafeguarding,
            SafeguardingConcern.Report(Adult(), Practitioner, "Neglect", Today, Cwp, investigationDelegated: false).Worklist);
}
