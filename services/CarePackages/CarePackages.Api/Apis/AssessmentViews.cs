using CarePackages.Domain.Assessments;

namespace CarePackages.Api.Apis;

/// <summary>A referral through the council's single access point, naming the person by reference only.</summary>
public sealed record ReferralView(
    Guid Id, string PersonReference, RouteOfAccess RouteOfAccess, DateOnly ReceivedOn, Cohort Cohort,
    ReferralStatus Status, DateOnly? ClosedOn, IReadOnlyList<TransitionNoticeView> TransitionNotices)
{
    public static ReferralView Of(Referral r) =>
        new(r.Id, r.PersonReference, r.RouteOfAccess, r.ReceivedOn, r.Cohort, r.Status, r.ClosedOn,
            r.TransitionNotices.Select(n => new TransitionNoticeView(n.EighteenthBirthday, n.State, n.RaisedOn))
                .ToList());
}

/// <summary>A transition state the scheduled clock told: approaching, due today or missed, and when.</summary>
public sealed record TransitionNoticeView(DateOnly EighteenthBirthday, TransitionState State, DateOnly RaisedOn);

/// <summary>
/// A needs or carer's assessment: who carries it out (and whether under the Section 75 delegation),
/// the wellbeing findings, the needs and which are eligible, and the outcome once completed.
/// </summary>
public sealed record AssessmentView(
    Guid Id, Guid ReferralId, string PersonReference, AssessmentType Type, string? CaredForReference,
    Guid AssessorOrganisationId, bool PerformedUnderDelegation, DateOnly StartedOn, DateOnly? CompletedOn,
    EligibilityOutcome? Outcome, string Strengths, IReadOnlyList<WellbeingFindingView> Wellbeing,
    IReadOnlyList<AssessedNeedView> Needs, IReadOnlyList<AssessedNeedView> EligibleNeeds,
    DelegatedDeliveryView? Delegation)
{
    public static AssessmentView Of(Assessment a) => new(
        a.Id, a.ReferralId, a.PersonReference, a.Type, a.CaredForReference, a.AssessorOrganisationId,
        a.PerformedUnderDelegation, a.StartedOn, a.CompletedOn, a.Outcome, a.Strengths,
        a.Wellbeing.Select(w => new WellbeingFindingView(w.Area, w.Finding)).ToList(),
        a.Needs.Select(AssessedNeedView.Of).ToList(), a.EligibleNeeds.Select(AssessedNeedView.Of).ToList(),
        DelegatedDeliveryView.Of(a.Delegation));
}

/// <summary>
/// A record made under the Section 75 delegation names both bodies (A §3.7 L746): the council, whose duty and
/// liability it stays, and the organisation that delivered it. Absent when the council made the record itself.
/// </summary>
public sealed record DelegatedDeliveryView(string ResponsibleAuthority, string DeliveredBy)
{
    public static DelegatedDeliveryView? Of(DelegatedDelivery? d) => d is null ? null : new(d.ResponsibleAuthority,
        d.DeliveredBy);
}

/// <summary>What the assessment found in one wellbeing area.</summary>
public sealed record WellbeingFindingView(WellbeingArea Area, string Finding);

/// <summary>A need the assessment identified, eligible under the Care Act criteria or not.</summary>
public sealed record AssessedNeedView(Guid Id, WellbeingArea Area, string Description, bool Eligible)
{
    public static AssessedNeedView Of(AssessedNeed n) => new(n.Id, n.Area, n.Description, n.Eligible);
}
