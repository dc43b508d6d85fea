using CarePackages.Domain.People;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.Assessments;

/// <summary>
/// A Care Act needs assessment or a carer's own assessment. The eligibility outcome is derived from
/// the assessed needs alone, and nothing about money is an input to it: budget pressure can never
/// change it (A risk 9, §1.24 L531). Once completed it is never edited; a change of needs is a new assessment.
/// </summary>
public sealed class Assessment : AggregateRoot
{
    private readonly List<WellbeingFinding> _wellbeing = [];
    private readonly List<AssessedNeed> _needs = [];

    private Assessment() { }

    public Guid ReferralId { get; private set; }
    public string PersonReference { get; private set; } = "";
    public AssessmentType Type { get; private set; }
    /// <summary>For a carer's assessment, the person cared for.</summary>
    public string? CaredForReference { get; private set; }
    public Guid AssessorOrganisationId { get; private set; }
    /// <summary>True when a provider performs it under a Section 75 delegation rather than the council itself.</summary>
    public bool PerformedUnderDelegation { get; private set; }
    public DelegatedDelivery? Delegation { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public EligibilityOutcome? Outcome { get; private set; }
    public string Strengths { get; private set; } = "";
    public IReadOnlyList<WellbeingFinding> Wellbeing => _wellbeing;
    public IReadOnlyList<AssessedNeed> Needs => _needs;
    public IEnumerable<AssessedNeed> EligibleNeeds => _needs.Where(n => n.Eligible);

    public static Assessment StartNeedsAssessment(Referral referral, Person person, Assessor assessor, DateOnly startedOn,
        Section75Delegation? delegation = null) =>
        Start(referral, person, AssessmentType.CareActNeeds, null, assessor, startedOn, delegation);

    /// <summary>A carer's own assessment (A §3.4 L716): the carer must be recorded as caring for <paramref name="caredFor"/>.</summary>
    public static Assessment StartCarersAssessment(Referral referral, Person carer, Person caredFor, Assessor assessor,
        DateOnly startedOn, Section75Delegation? delegation = null)
    {
        if (!carer.CaresFor.Any(c => c.CaredForId == caredFor.Id && c.Until is null))
            throw AssessmentRules.CarerCaresForThePerson.Broken("caredForId",
                "The carer is not recorded as caring for this person.");
        return Start(referral, carer, AssessmentType.Carer, caredFor.Reference, assessor, startedOn, delegation);
    }

    private static Assessment Start(Referral referral, Person person, AssessmentType type, string? caredFor,
        Assessor assessor, DateOnly startedOn, Section75Delegation? delegation)
    {
        referral.EnsureOpen();
        if (type == AssessmentType.CareActNeeds && referral.PersonReference != person.Reference)
            throw AssessmentRules.AssessmentOfItsPerson.Broken("referralId", "The referral is for someone else.");
        AssessmentRules.AssessmentOfItsPerson.Require(startedOn >= referral.ReceivedOn, "startedOn",
            "An assessment cannot start before its referral.");
        var function = type == AssessmentType.Carer ? DelegableFunction.CarersAssessment : DelegableFunction.CareAndSupportAssessment;
        if (!assessor.IsCouncil && delegation?.Delegates(assessor.OrganisationId, function) != true)
            throw AssessmentRules.DelegatedUnderSection75.Broken("assessorOrganisationId",
                "This organisation has no Section 75 delegation to carry out this assessment.");
        return new Assessment
        {
            ReferralId = referral.Id,
            PersonReference = person.Reference,
            Type = type,
            CaredForReference = caredFor,
            AssessorOrganisationId = assessor.OrganisationId,
            PerformedUnderDelegation = !assessor.IsCouncil,
            Delegation = assessor.IsCouncil ? null : delegation!.Delivery,
            StartedOn = startedOn,
        };
    }

    /// <summary>Records the finding for one wellbeing area; recording it again replaces the draft finding.</summary>
    public void RecordWellbeing(WellbeingArea area, string finding)
    {
        EnsureInProgress();
        AssessmentRules.FindingsStated.Require(Enum.IsDefined(area), "wellbeingArea",
            "Not one of the nine wellbeing areas.");
        AssessmentRules.FindingsStated.Require(!string.IsNullOrWhiteSpace(finding), "finding",
            "A wellbeing finding needs some text.");
        _wellbeing.RemoveAll(w => w.Area == area);
        _wellbeing.Add(new WellbeingFinding(area, finding.Trim()));
    }

    /// <summary>Adds an assessed need and whether it meets the national eligibility criteria.</summary>
    public AssessedNeed AddNeed(WellbeingArea area, string description, bool eligible)
    {
        EnsureInProgress();
        AssessmentRules.FindingsStated.Require(Enum.IsDefined(area), "wellbeingArea",
            "Not one of the nine wellbeing areas.");
        AssessmentRules.FindingsStated.Require(!string.IsNullOrWhiteSpace(description), "description",
            "A need needs a description.");
        var need = new AssessedNeed(Guid.NewGuid(), area, description.Trim(), eligible);
        _needs.Add(need);
        return need;
    }

    /// <summary>Completes the assessment: all nine areas covered; eligible if any need is eligible.</summary>
    public void Complete(DateOnly completedOn, string strengths)
    {
        EnsureInProgress();
        var missing = Enum.GetValues<WellbeingArea>().Except(_wellbeing.Select(w => w.Area)).ToList();
        if (missing.Count > 0)
            throw AssessmentRules.EveryWellbeingAreaCovered.Broken("wellbeing",
                $"Wellbeing areas not covered: {string.Join(", ", missing)}.");
        AssessmentRules.CompletionRecorded.Require(completedOn >= StartedOn, "completedOn",
            "An assessment cannot complete before it started.");
        AssessmentRules.CompletionRecorded.Require(!string.IsNullOrWhiteSpace(strengths), "strengths",
            "Record the person's strengths, goals and aspirations (A §3.4).");
        CompletedOn = completedOn;
        Strengths = strengths.Trim();
        Outcome = _needs.Any(n => n.Eligible) ? EligibilityOutcome.Eligible : EligibilityOutcome.NotEligible;
        Raise(new AssessmentCompleted(Id, People.PersonReference.From(PersonReference), Type, Outcome.Value,
            PerformedUnderDelegation, completedOn, EligibleNeeds.Select(n => n.Area).Distinct().ToArray()));
    }

    private void EnsureInProgress()
    {
        if (CompletedOn is not null)
            throw AssessmentRules.CompletedNeverEdited.Broken("assessmentId",
                "A completed assessment is never edited; start a reassessment.");
    }
}

/// <summary>Who carries out an assessment: the council itself, or a provider organisation acting under delegation.</summary>
public sealed record Assessor(Guid OrganisationId, bool IsCouncil);

public sealed record WellbeingFinding(WellbeingArea Area, string Finding);

public sealed record AssessedNeed(Guid Id, WellbeingArea Area, string Description, bool Eligible);

public enum AssessmentType { CareActNeeds, Carer }

public enum EligibilityOutcome { Eligible, NotEligible }
