using CarePackages.Domain.People;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.Assessments;

/// <summary>
/// A request for support through the single access point (P:L860; A "single referral" §5.19.3 L1265).
/// One referral carries a person from childhood into adult services: transition at 18 continues it
/// rather than opening a new one (A §5.19.3 L1255).
/// </summary>
public sealed partial class Referral : AggregateRoot
{
    private Referral() { }

    public string PersonReference { get; private set; } = "";
    public RouteOfAccess RouteOfAccess { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public Cohort Cohort { get; private set; }
    public ReferralStatus Status { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    public static Referral Receive(Person person, RouteOfAccess route, DateOnly receivedOn)
    {
        AssessmentRules.ReferralStated.Require(Enum.IsDefined(route), "routeOfAccess", "Not a CLD route of access.");
        var referral = new Referral
        {
            PersonReference = person.Reference,
            RouteOfAccess = route,
            ReceivedOn = receivedOn,
            Cohort = person.IsChildOn(receivedOn) ? Cohort.Children : Cohort.Adults,
            Status = ReferralStatus.Open,
        };
        referral.Raise(new ReferralReceived(referral.Id, person.PersonReference, route, receivedOn, referral.Cohort));
        return referral;
    }

    public void Close(DateOnly on)
    {
        EnsureOpen();
        AssessmentRules.ReferralStated.Require(on >= ReceivedOn, "closedOn",
            "A referral cannot close before it was received.");
        Status = ReferralStatus.Closed;
        ClosedOn = on;
        Raise(new ReferralClosed(Id, People.PersonReference.From(PersonReference), on));
    }

    /// <summary>
    /// Carries a children's referral into adult services on or after the 18th birthday, with no new
    /// referral and the CLD route "Planned Entry (Transition)" for the adult activity that follows.
    /// </summary>
    public void ContinueIntoAdultServices(Person person, DateOnly on)
    {
        EnsureOpen();
        if (person.Reference != PersonReference)
            throw TransitionRules.TransitionOfItsPerson.Broken("personId", "This referral belongs to someone else.");
        if (Cohort == Cohort.Adults)
            throw TransitionRules.TransitionAtEighteen.Broken("cohort", "The referral is already in adult services.");
        var eighteenth = Age.Reaches(person.DateOfBirth, 18);
        if (on < eighteenth)
            throw TransitionRules.TransitionAtEighteen.Broken("transitionDate",
                $"The person turns 18 on {eighteenth:yyyy-MM-dd}.");
        Cohort = Cohort.Adults;
        RouteOfAccess = RouteOfAccess.PlannedEntryTransition;
        Raise(new TransitionedToAdultServices(Id, person.PersonReference, on));
    }

    internal void EnsureOpen()
    {
        if (Status != ReferralStatus.Open) throw AssessmentRules.ReferralOpen.Broken("referralId",
            "The referral is closed.");
    }
}

public enum ReferralStatus { Open, Closed }

/// <summary>Children's or adult services; a referral moves from one to the other at 18, never back.</summary>
public enum Cohort { Children, Adults }

/// <summary>CLD Request_Route_of_Access defined list (anchors B.2).</summary>
public enum RouteOfAccess
{
    PlannedEntryTransition,
    DischargeFromHospital,
    DiversionFromHospitalServices,
    CommunityOrOther,
    Prison,
    SelfFunder,
    DischargeFromReablement,
    TransferFromOtherLa,
}
