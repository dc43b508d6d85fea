using CarePackages.Domain.Assessments;
using CarePackages.Domain.People;
using static CarePackages.Tests.Domain.Scenario;

namespace CarePackages.Tests.Domain;

/// <summary>
/// A §5.19.3 L1255 "end the cliff-edge of lost support as children and young people reach the age of eighteen":
/// the scheduled clock raises a child's transition a year ahead of the 18th birthday, on the day and when missed,
/// each once. Ash Jones is born 10 May 2000 and referred to children's services on 3 April 2018 (aged 17).
/// </summary>
public class TransitionTests
{
    private static readonly Person Ash = Person.Register("9434765870", "Ash", "Jones", new DateOnly(2000, 5, 10),
        Today, Key);

    private static readonly DateOnly Eighteenth = new(2018, 5, 10);

    [Theory]
    [InlineData("2017-05-09", TransitionState.NotYetDue)]
    [InlineData("2017-05-10", TransitionState.Approaching)] // twelve months ahead
    [InlineData("2018-05-09", TransitionState.Approaching)]
    [InlineData("2018-05-10", TransitionState.DueToday)]
    [InlineData("2018-05-11", TransitionState.Missed)]
    public void A_childs_referral_stands_against_the_18th_birthday(string today, TransitionState expected) =>
        Assert.Equal(expected, Referral.Receive(Ash, RouteOfAccess.CommunityOrOther, Today)
            .TransitionStateOn(Ash.DateOfBirth, DateOnly.Parse(today)));

    [Fact]
    public void Each_state_is_told_once_and_a_transition_on_the_day_stops_the_clock()
    {
        var referral = Referral.Receive(Ash, RouteOfAccess.CommunityOrOther, Today);
        referral.ClearDomainEvents();

        referral.CheckTransition(Ash, Today);
        referral.CheckTransition(Ash, Today.AddDays(7));
        Assert.Equal(TransitionState.DueToday, referral.CheckTransition(Ash, Eighteenth));
        referral.ContinueIntoAdultServices(Ash, Eighteenth);
        Assert.Equal(TransitionState.InAdultServices, referral.CheckTransition(Ash, Eighteenth.AddDays(1)));

        Assert.Equal([new TransitionNotice(Eighteenth, TransitionState.Approaching, Today),
            new TransitionNotice(Eighteenth, TransitionState.DueToday, Eighteenth)], referral.TransitionNotices);
        Assert.Equal([TransitionState.Approaching, TransitionState.DueToday],
            referral.DomainEvents.OfType<TransitionDueStateReached>().Select(e => e.State));
    }

    [Fact]
    public void A_birthday_passed_in_childrens_services_is_told_as_missed()
    {
        var referral = Referral.Receive(Ash, RouteOfAccess.CommunityOrOther, Today);
        Assert.Equal(TransitionState.Missed, referral.CheckTransition(Ash, Eighteenth.AddDays(1)));
        Assert.Equal(TransitionState.Missed, Assert.Single(referral.DomainEvents.OfType<TransitionDueStateReached>())
            .State);
    }

    [Fact]
    public void An_adults_referral_has_no_transition_to_make()
    {
        var referral = Referral.Receive(Adult(), RouteOfAccess.CommunityOrOther, Today);
        Assert.Equal(TransitionState.InAdultServices, referral.CheckTransition(Adult(), Today));
        Assert.Empty(referral.TransitionNotices);
    }
}
