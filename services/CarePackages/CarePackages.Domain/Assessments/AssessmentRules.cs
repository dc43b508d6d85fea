using Commissioning.Domain;

namespace CarePackages.Domain.Assessments;

/// <summary>The rules a referral and a Care Act or carer's assessment keep (A R-CPB-01..04; P:L830-832).</summary>
public static class AssessmentRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule ReferralStated = new("referral-stated", Invalid,
        "A referral comes by a CLD route of access and does not close before it was received.", "P:L860");
    public static readonly Rule ReferralOpen = new("referral-open", State,
        "A closed referral changes no more and starts no assessment.", "A §5.19.3 L1265");
    public static readonly Rule AssessmentOfItsPerson = new("assessment-of-the-referrals-person", Invalid,
        "A Care Act assessment is of the person referred, and starts no earlier than the referral.", "A R-CPB-01");
    public static readonly Rule CarerCaresForThePerson = new("carer-cares-for-the-person", State,
        "A carer's assessment is of someone recorded as caring for the person.", "A §3.4 L716");
    public static readonly Rule DelegatedUnderSection75 = new("delegated-under-section-75", ViolationKind.Forbidden,
        "An organisation other than the council assesses, records an assessment or drafts a support plan only "
        + "under a Section 75 delegation of that function.", "P:L830-832");
    public static readonly Rule FindingsStated = new("assessment-findings-stated", Invalid,
        "A wellbeing finding or a need is in one of the nine wellbeing areas and is described.",
        "A R-CPB-03, §3.4 L711-730");
    public static readonly Rule EveryWellbeingAreaCovered = new("every-wellbeing-area-covered", State,
        "An assessment completes only when it covers all nine wellbeing areas.", "A R-CPB-03, §3.4 L711-730");
    public static readonly Rule CompletionRecorded = new("assessment-completion-recorded", Invalid,
        "An assessment completes no earlier than it started and records the person's strengths, goals and "
        + "aspirations.", "A §3.4");
    public static readonly Rule CompletedNeverEdited = new("completed-assessment-never-edited", State,
        "A completed assessment is never edited; a change of needs is a reassessment.", "A risk 9, §1.24 L531");
}
