using CarePackages.Domain.People;

namespace CarePackages.Domain.Assessments;

/// <summary>Where a children's referral stands against the 18th birthday (issue 16 item 14).</summary>
public enum TransitionState { NotYetDue, Approaching, DueToday, Missed, InAdultServices }

/// <summary>A transition state told on the London date it was raised, for the 18th birthday it is about.</summary>
public sealed record TransitionNotice(DateOnly EighteenthBirthday, TransitionState State, DateOnly RaisedOn);

public sealed partial class Referral
{
    /// <summary>
    /// How long ahead of the 18th birthday the transition is raised. The documents say only that the cliff edge at
    /// 18 must end (A §5.19.3 L1255); a year gives adult services time to carry out a Care Act transition assessment
    /// (s58) and plan the support that continues on the birthday, so nothing stops on the day.
    /// </summary>
    public const int TransitionNoticeMonths = 12;

    private readonly List<TransitionNotice> _transitionNotices = [];

    public IReadOnlyList<TransitionNotice> TransitionNotices => _transitionNotices;

    /// <summary>
    /// Rule TransitionStates: a children's referral is approaching transition from <see
    /// cref="TransitionNoticeMonths"/> before the 18th birthday, due on the birthday and missed after it while it
    /// stays in children's services; an adult or closed referral has none to make.
    /// </summary>
    public TransitionState TransitionStateOn(DateOnly dateOfBirth, DateOnly today)
    {
        if (Cohort == Cohort.Adults || Status != ReferralStatus.Open) return TransitionState.InAdultServices;
        var eighteenth = Age.Reaches(dateOfBirth, 18);
        if (today > eighteenth) return TransitionState.Missed;
        if (today == eighteenth) return TransitionState.DueToday;
        return today >= eighteenth.AddMonths(-TransitionNoticeMonths)
            ? TransitionState.Approaching
            : TransitionState.NotYetDue;
    }

    /// <summary>
    /// Rule TransitionRaisedAhead (A §5.19.3 L1255): raises <see cref="TransitionDueStateReached"/> the first time the
    /// referral is seen approaching, due or missed for this birthday, and keeps the notice; a state already told is
    /// not told again. Called by the care-packages scheduled clock.
    /// </summary>
    public TransitionState CheckTransition(Person person, DateOnly today)
    {
        var state = TransitionStateOn(person.DateOfBirth, today);
        if (state is TransitionState.NotYetDue or TransitionState.InAdultServices) return state;
        var eighteenth = Age.Reaches(person.DateOfBirth, 18);
        if (_transitionNotices.Any(n => n.State == state && n.EighteenthBirthday == eighteenth)) return state;
        _transitionNotices.Add(new TransitionNotice(eighteenth, state, today));
        Raise(new TransitionDueStateReached(Id, person.PersonReference, eighteenth, state));
        return state;
    }
}
