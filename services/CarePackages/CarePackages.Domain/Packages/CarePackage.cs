using CarePackages.Domain.Assessments;
using CarePackages.Domain.Costing;
using CarePackages.Domain.People;
using CarePackages.Domain.Planning;
using CarePackages.Domain.SeedWork;
using CarePackages.Domain.Verification;
using Commissioning.Domain;

namespace CarePackages.Domain.Packages;

/// <summary>
/// A live package of care: the agreed plan's lines as arranged (commissioned, council-managed
/// personal budget or direct payment), its funding split, reviews, suspensions and end. The
/// personal budget is the cash equivalent of the support (A R-CPB-06, §3.6 L740): the weekly cost
/// of every line. Suspension changes no price: a retained bed during a hospital stay is still paid,
/// and a retainer rate is recorded as a cost change.
/// </summary>
public sealed partial class CarePackage : AggregateRoot
{
    private readonly List<PackageCostLine> _lines = [];
    private readonly List<CostAdjustment> _adjustments = [];
    private readonly List<PackageReview> _reviews = [];
    private readonly List<Suspension> _suspensions = [];

    private CarePackage() { }

    public Guid SupportPlanId { get; private set; }
    public string PersonReference { get; private set; } = "";
    public Cohort Cohort { get; private set; }
    public FundingSplit Funding { get; private set; } = null!;
    public PackageStatus Status { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public EndReason? EndReason { get; private set; }
    public DateOnly NextReviewDue { get; private set; }
    public IReadOnlyList<PackageCostLine> Lines => _lines;
    public IReadOnlyList<CostAdjustment> Adjustments => _adjustments;
    public IReadOnlyList<PackageReview> Reviews => _reviews;
    public IReadOnlyList<Suspension> Suspensions => _suspensions;

    /// <summary>The weekly cash equivalent of all recurring support as now priced.</summary>
    public decimal PersonalBudgetWeekly => _lines.Sum(l => l.Current.Cost.WeeklyCost);

    public decimal DirectPaymentWeekly =>
        _lines.Where(l => l.Mechanism == DeliveryMechanism.DirectPayment).Sum(l => l.Current.Cost.WeeklyCost);

    /// <summary>
    /// Starts the package from an agreed plan. Each plan line is arranged exactly once; the price
    /// brokered for it (if any) replaces the plan's estimate. Reviews fall due within 12 months, the
    /// Care Act guidance's longest interval, as the documents give none.
    /// </summary>
    public static CarePackage Start(SupportPlan plan, FundingSplit funding, Cohort cohort, DateOnly startDate,
        IReadOnlyList<LineArrangement> arrangements)
    {
        if (plan.Status != SupportPlanStatus.Agreed)
            throw PackageRules.FromAnAgreedPlan.Broken("supportPlanId",
                "Only a plan whose funding is agreed becomes a live package.");
        PackageRules.PackageArranged.Require(Enum.IsDefined(cohort), "cohort", "Not a cohort.");
        PackageRules.PackageArranged.Require(
            arrangements.Select(a => a.PlanLineId).Order().SequenceEqual(plan.CostLines.Select(l => l.Id).Order()),
            "arrangements", "Arrange every cost line of the plan exactly once.");
        foreach (var arrangement in arrangements) Validate(arrangement);
        var package = new CarePackage
        {
            SupportPlanId = plan.Id,
            PersonReference = plan.PersonReference,
            Cohort = cohort,
            Funding = funding,
            Status = PackageStatus.Active,
            StartDate = startDate,
            NextReviewDue = startDate.AddMonths(12),
        };
        foreach (var a in arrangements)
        {
            var planLine = plan.CostLines.Single(l => l.Id == a.PlanLineId);
            var lineStart = planLine.StartDate > startDate ? planLine.StartDate : startDate;
            package._lines.Add(new PackageCostLine(planLine.Id, planLine.ServiceType, planLine.Description, a.Mechanism,
                a.ProviderId, a.BrokeredCost ?? planLine.Cost, lineStart, startDate));
        }
        package.Raise(new PackageStarted(package.Id, plan.Id, package.Person, startDate, package.PersonalBudgetWeekly,
            package.DirectPaymentWeekly, package.WeeklyCommitments()));
        package.RequestFinancialAssessment(startDate);
        return package;
    }

    /// <summary>Records a new price for a line. Nothing recorded is edited; a back-dated change adds an adjustment.</summary>
    public CostAdjustment? ChangeCost(Guid lineId, CostBasis cost, DateOnly effectiveFrom, DateOnly recordedOn, string reason)
    {
        PackageRules.ChangeExplained.Require(!string.IsNullOrWhiteSpace(reason), "reason", "Say why the cost changes.");
        if (EndDate is { } end && effectiveFrom > end)
            throw PackageRules.PackageNotEnded.Broken("effectiveFrom", "The package had ended by then.");
        var line = Line(lineId);
        var before = line.Current.Cost.WeeklyCost;
        var adjustment = line.AppendVersion(cost, effectiveFrom, recordedOn, reason.Trim(), EndDate);
        if (adjustment is not null) _adjustments.Add(adjustment);
        Raise(new PackageCostChanged(Id, Person, lineId, line.Current.Number, before, cost.WeeklyCost, effectiveFrom,
            recordedOn, WeeklyCommitments()));
        if (adjustment is not null)
            Raise(new CostAdjustmentRaised(Id, Person, lineId, adjustment.From, adjustment.To, adjustment.Amount,
                Split(adjustment.Amount)));
        return adjustment;
    }

    public void RecordReview(DateOnly on, ReviewReason reason, ReviewMethod method, string outcome)
    {
        EnsureNotEnded();
        PackageRules.ReviewRecorded.Require(Enum.IsDefined(reason), "reviewReason", "Not a review reason.");
        PackageRules.ReviewRecorded.Require(Enum.IsDefined(method), "methodOfReview", "Not a CLD method of review.");
        PackageRules.ReviewRecorded.Require(on >= StartDate, "reviewedOn", "A review cannot predate the package.");
        PackageRules.ReviewRecorded.Require(!string.IsNullOrWhiteSpace(outcome), "outcome",
            "Record the review's outcome.");
        _reviews.Add(new PackageReview(on, reason, method, outcome.Trim()));
        NextReviewDue = on.AddMonths(12);
        Raise(new PackageReviewed(Id, Person, on, reason, method, NextReviewDue));
    }

    /// <summary>Suspends the package (a hospital stay, say). CLD keeps suspended services open, so it stays a live commitment.</summary>
    public void Suspend(DateOnly from, string reason)
    {
        if (Status != PackageStatus.Active) throw PackageRules.SuspendedWhileActive.Broken("status",
            $"The package is {Status}.");
        PackageRules.SuspensionDated.Require(from >= StartDate, "from",
            "A suspension cannot start before the package.");
        PackageRules.ChangeExplained.Require(!string.IsNullOrWhiteSpace(reason), "reason",
            "Say why the package is suspended.");
        _suspensions.Add(new Suspension(from, null, reason.Trim()));
        Status = PackageStatus.Suspended;
        Raise(new PackageSuspended(Id, Person, from, reason.Trim()));
    }

    public void Resume(DateOnly on)
    {
        if (Status != PackageStatus.Suspended) throw PackageRules.SuspendedWhileActive.Broken("status",
            "The package is not suspended.");
        var open = _suspensions[^1];
        PackageRules.SuspensionDated.Require(on >= open.From, "resumedOn",
            "A package cannot resume before it was suspended.");
        _suspensions[^1] = open with { Until = on };
        Status = PackageStatus.Active;
        Raise(new PackageResumed(Id, Person, on));
    }

    /// <summary>Ends the package; pooled finance releases the commitment from the day after.</summary>
    public void End(DateOnly on, EndReason reason)
    {
        EnsureNotEnded();
        PackageRules.EndRecorded.Require(Enum.IsDefined(reason), "endReason", "Not an end reason.");
        PackageRules.EndRecorded.Require(on >= StartDate, "endDate", "A package cannot end before it started.");
        Status = PackageStatus.Ended;
        EndDate = on;
        EndReason = reason;
        Raise(new PackageEnded(Id, Person, on, reason, WeeklyCommitments(), ReleasedAfter(on)));
    }

    /// <summary>
    /// Carries a child's package into adult services at 18 (A §5.19.3 L1255, "end the cliff-edge"):
    /// same package, same lines and prices, no new referral and no gap.
    /// </summary>
    public void ContinueIntoAdultServices(Person person, DateOnly on)
    {
        EnsureNotEnded();
        if (person.Reference != PersonReference) throw TransitionRules.TransitionOfItsPerson.Broken("personId",
            "This package belongs to someone else.");
        if (Cohort == Cohort.Adults) throw TransitionRules.TransitionAtEighteen.Broken("cohort",
            "The package is already in adult services.");
        var eighteenth = Age.Reaches(person.DateOfBirth, 18);
        if (on < eighteenth)
            throw TransitionRules.TransitionAtEighteen.Broken("transitionDate",
                $"The person turns 18 on {eighteenth:yyyy-MM-dd}.");
        Cohort = Cohort.Adults;
        Raise(new PackageTransitionedToAdultServices(Id, Person, on, PersonalBudgetWeekly));
    }

    private PersonReference Person => People.PersonReference.From(PersonReference);

    private PackageCostLine Line(Guid lineId) =>
        _lines.SingleOrDefault(l => l.Id == lineId) ?? throw RuleViolation.NotFound("lineId", "No such line in this package.");

    private IReadOnlyList<BudgetLineAmount> WeeklyCommitments() => Split(PersonalBudgetWeekly);

    /// <summary>
    /// The commitment made for the package's first financial year (to 31 March) that an end leaves
    /// unused: the weekly cost × the days after the end ÷ 7, split by the funding shares to the penny.
    /// An end in a later year releases nothing here: that first year's commitment was fully used, and
    /// later years are not committed by verification.
    /// </summary>
    private IReadOnlyList<BudgetLineAmount> ReleasedAfter(DateOnly end)
    {
        var year = FinancialYear.Containing(StartDate);
        if (!year.Contains(end)) return [];
        return Split(Money.RoundPence(PersonalBudgetWeekly * (year.End.DayNumber - end.DayNumber) / 7m)).Where(r => r.Amount > 0).ToArray();
    }

    private IReadOnlyList<BudgetLineAmount> Split(decimal amount) =>
        Funding.Apportion(amount).Select((value, i) =>
            new BudgetLineAmount(Funding.Shares[i].FundId, Funding.Shares[i].BudgetLineCode, Funding.Shares[i].Stream, value)).ToArray();

    private void EnsureNotEnded()
    {
        if (Status == PackageStatus.Ended) throw PackageRules.PackageNotEnded.Broken("status",
            "The package has ended.");
    }

    private static void Validate(LineArrangement a)
    {
        PackageRules.PackageArranged.Require(Enum.IsDefined(a.Mechanism), "deliveryMechanism",
            "Not a delivery mechanism.");
        if (a.Mechanism == DeliveryMechanism.DirectPayment)
            PackageRules.PackageArranged.Require(a.ProviderId is null, "providerId",
                "A direct payment is paid to the person, not a provider.");
        else
            PackageRules.PackageArranged.Require(a.ProviderId is { } p && p != Guid.Empty, "providerId",
                "Commissioned support names its provider.");
    }
}

/// <summary>How one plan line is delivered, and the brokered price when it differs from the plan's estimate.</summary>
public sealed record LineArrangement(Guid PlanLineId, DeliveryMechanism Mechanism, Guid? ProviderId, CostBasis? BrokeredCost = null);

public sealed record BudgetLineAmount(Guid FundId, string BudgetLineCode, FundingStream Stream, decimal Amount);

public sealed record PackageReview(DateOnly On, ReviewReason Reason, ReviewMethod Method, string Outcome);

public sealed record Suspension(DateOnly From, DateOnly? Until, string Reason);

public enum PackageStatus { Active, Suspended, Ended }

public enum ReviewReason { Planned, Unplanned }

/// <summary>CLD Method_of_Review.</summary>
public enum ReviewMethod { CarerOnly, ServiceUserOnly, ServiceUserAndCarer }

/// <summary>The CLD Event_Outcome values that end a service.</summary>
public enum EndReason { SupportEndedAsPlanned, SupportEndedOtherReason, Deceased, ResponsibilityMovedToAnotherLa, NhsFunded, SupportDeclined }
