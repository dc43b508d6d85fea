using CarePackages.Domain.Assessments;
using CarePackages.Domain.Costing;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;
using Commissioning.Domain.Costing;

namespace CarePackages.Domain.Planning;

/// <summary>
/// The support plan drafted with the person (P:L860; A §5.25 L1356), costed line by line, quality
/// assured inside the provider and then submitted to the council's verification team. Only eligible
/// needs from a completed assessment can carry funded support (A R-CPB-01, §5.25 L1354).
/// </summary>
public sealed partial class SupportPlan : AggregateRoot
{
    private readonly List<PlannedNeed> _needs = [];
    private readonly List<PlanCostLine> _costLines = [];
    private readonly List<OtherSupport> _otherSupport = [];

    private SupportPlan() { }

    public Guid AssessmentId { get; private set; }
    public string PersonReference { get; private set; } = "";
    public Guid DraftedByOrganisationId { get; private set; }
    public DelegatedDelivery? Delegation { get; private set; }
    public Guid DraftedByUserId { get; private set; }
    public DateOnly DraftedOn { get; private set; }
    public SupportPlanStatus Status { get; private set; }
    /// <summary>The eligible needs, copied from the assessment when the plan was drafted.</summary>
    public IReadOnlyList<PlannedNeed> Needs => _needs;
    public IReadOnlyList<PlanCostLine> CostLines => _costLines;
    /// <summary>Support from family, friends, the voluntary sector or universal services, which costs the council nothing.</summary>
    public IReadOnlyList<OtherSupport> OtherSupport => _otherSupport;

    public DateOnly? StartDate => _costLines.Count == 0 ? null : _costLines.Min(l => l.StartDate);

    /// <summary>Eligible needs with neither a cost line nor other support against them.</summary>
    public IEnumerable<PlannedNeed> UnaddressedNeeds => _needs.Where(n =>
        _costLines.All(l => l.NeedId != n.NeedId) && _otherSupport.All(o => o.NeedId != n.NeedId));

    public static SupportPlan Draft(Assessment assessment, Actor drafter, DateOnly draftedOn, Section75Delegation? delegation = null)
    {
        if (assessment.Outcome != EligibilityOutcome.Eligible)
            throw PlanningRules.OnlyEligibleNeedsFunded.Broken("assessmentId",
                "Only assessed eligible needs can be met with funded support (A §5.25 L1354): this assessment found none.");
        if (!drafter.IsCouncil && delegation?.Delegates(drafter.OrganisationId, DelegableFunction.SupportPlanning) != true)
            throw AssessmentRules.DelegatedUnderSection75.Broken("organisationId",
                "This organisation has no Section 75 delegation to draft support plans.");
        var plan = new SupportPlan
        {
            AssessmentId = assessment.Id,
            PersonReference = assessment.PersonReference,
            DraftedByOrganisationId = drafter.OrganisationId,
            Delegation = drafter.IsCouncil ? null : delegation!.Delivery,
            DraftedByUserId = drafter.UserId,
            DraftedOn = draftedOn,
            Status = SupportPlanStatus.Draft,
        };
        plan._needs.AddRange(assessment.EligibleNeeds.Select(n => new PlannedNeed(n.Id, n.Area, n.Description)));
        return plan;
    }

    public PlanCostLine AddCostLine(Guid needId, ServiceType? serviceType, string description, decimal? unitCost,
        CostFrequency? frequency, decimal? plannedUnitsPerWeek, DateOnly startDate)
    {
        EnsureDraft();
        PlanningRules.SupportMeetsAPlannedNeed.Require(_needs.Any(n => n.NeedId == needId), "needId",
            "Funded support must meet one of the assessment's eligible needs.");
        PlanningRules.SupportStated.Require(serviceType is { } s && Enum.IsDefined(s), "serviceType",
            "A cost line needs a service type.");
        PlanningRules.SupportStated.Require(!string.IsNullOrWhiteSpace(description), "description",
            "A cost line needs a description.");
        PlanningRules.SupportStated.Require(startDate >= DraftedOn, "startDate",
            "Support cannot start before the plan was drafted.");
        var basis = CostBasis.Create(unitCost, frequency, plannedUnitsPerWeek);
        var line = new PlanCostLine(Guid.NewGuid(), needId, serviceType!.Value, description.Trim(), basis, startDate);
        _costLines.Add(line);
        return line;
    }

    public void RemoveCostLine(Guid lineId)
    {
        EnsureDraft();
        if (_costLines.RemoveAll(l => l.Id == lineId) == 0)
            throw RuleViolation.NotFound("lineId", "No such cost line on this plan.");
    }

    public void AddOtherSupport(Guid needId, SupportSource source, string description)
    {
        EnsureDraft();
        PlanningRules.SupportMeetsAPlannedNeed.Require(_needs.Any(n => n.NeedId == needId), "needId",
            "Not one of the plan's eligible needs.");
        PlanningRules.SupportStated.Require(Enum.IsDefined(source), "source", "Not a known source of support.");
        PlanningRules.SupportStated.Require(!string.IsNullOrWhiteSpace(description), "description",
            "Describe the support.");
        _otherSupport.Add(new OtherSupport(needId, source, description.Trim()));
    }

    /// <summary>
    /// The provider's internal quality assurance (P CPV-03). A second pair of eyes: the reviewer is a
    /// quality reviewer in the drafting organisation (or council staff for a council plan) and not the author.
    /// </summary>
    public void PassQualityAssurance(Actor reviewer, DateOnly on)
    {
        EnsureDraft();
        if (reviewer.OrganisationId != DraftedByOrganisationId)
            throw PlanningRules.QualityAssuredInside.Broken("organisationId",
                "Quality assurance is done inside the organisation that drafted the plan.");
        if (reviewer.UserId == DraftedByUserId)
            throw PlanningRules.QualityAssuredInside.Broken("userId", "The author of a plan cannot quality assure it.");
        if (reviewer.Role != Role.ProviderQualityReviewer && !reviewer.IsCouncil)
            throw PlanningRules.QualityAssuredInside.Broken("role", "Only a quality reviewer can pass a plan.");
        if (_costLines.Count == 0)
            throw PlanningRules.PlanHasCostLine.Broken("costLines",
                "A plan for verification needs at least one cost line.");
        Status = SupportPlanStatus.QualityAssured;
        Raise(new SupportPlanQualityAssured(Id, People.PersonReference.From(PersonReference), reviewer.UserId, on));
    }

    public void SubmitForVerification(Actor submitter, DateOnly on)
    {
        if (Status != SupportPlanStatus.QualityAssured)
            throw PlanningRules.PlanStatusAllows.Broken("status",
                "Only a quality-assured plan can be submitted for verification.");
        if (submitter.OrganisationId != DraftedByOrganisationId)
            throw PlanningRules.QualityAssuredInside.Broken("organisationId",
                "Only the drafting organisation submits its plan.");
        RequireCrisisPlanWhereAtRisk();
        Status = SupportPlanStatus.SubmittedForVerification;
        Raise(new SupportPlanSubmittedForVerification(Id, People.PersonReference.From(PersonReference), on));
    }

    internal void EnsureSubmitted()
    {
        if (Status != SupportPlanStatus.SubmittedForVerification)
            throw PlanningRules.PlanStatusAllows.Broken("status", "The plan is not awaiting verification.");
    }

    /// <summary>Verification returned it: back to draft for rework, and through quality assurance again.</summary>
    internal void ReturnForRework() => Status = SupportPlanStatus.Draft;

    internal void MarkAgreed() => Status = SupportPlanStatus.Agreed;

    internal void MarkDeclined() => Status = SupportPlanStatus.Declined;

    private void EnsureDraft()
    {
        if (Status != SupportPlanStatus.Draft)
            throw PlanningRules.PlanStatusAllows.Broken("status",
                $"The plan is {Status}; only a draft can be changed.");
    }
}

public enum SupportPlanStatus { Draft, QualityAssured, SubmittedForVerification, Agreed, Declined }

public enum SupportSource { FamilyAndFriends, VoluntarySector, UniversalServices }

public sealed record PlannedNeed(Guid NeedId, WellbeingArea Area, string Description);

public sealed record OtherSupport(Guid NeedId, SupportSource Source, string Description);

/// <summary>A costed piece of funded support in a plan, against one eligible need.</summary>
public sealed record PlanCostLine(Guid Id, Guid NeedId, ServiceType ServiceType, string Description, CostBasis Cost, DateOnly StartDate);
