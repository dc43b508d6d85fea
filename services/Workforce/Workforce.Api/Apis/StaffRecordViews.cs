using Workforce.Domain.Employers;
using Workforce.Domain.Staff;

namespace Workforce.Api.Apis;

public sealed record PersonView(string GivenName, string FamilyName, DateOnly DateOfBirth, string? PayrollNumber);

public sealed record TermsView(decimal Fte, DateOnly ContinuousServiceStart, string TermsReference,
    PensionScheme PensionScheme, string? PayBand, string? PostTitle)
{
    public static TermsView Of(StaffTerms t) =>
        new(t.Fte.Value, t.ContinuousServiceStart, t.TermsReference, t.PensionScheme, t.PayBand, t.PostTitle);
}

public sealed record RechargeView(RechargeBasis Basis, decimal? Percentage, decimal? AnnualAmount, string? FundedFrom);

/// <summary>A spell with a host body; the employment itself (employer, sector, pension, continuity) is
/// unchanged.</summary>
public sealed record AssignmentView(Guid Id, AssignmentKind Kind, Guid HostEmployerId, string HostCode, Guid? PostId,
    DateOnly Start, DateOnly? End, RechargeView Recharge)
{
    public static AssignmentView Of(Assignment a) => new(a.Id, a.Kind, a.HostEmployerId, a.HostCode, a.PostId,
        a.Start, a.End, new(a.Recharge.Basis, a.Recharge.Percentage, a.Recharge.AnnualAmount, a.Recharge.FundedFrom));
}

public sealed record EmploymentSpellView(string EmployerCode, DateOnly From, DateOnly? To);

public sealed record EmploymentCaseView(EmploymentCaseKind Kind, DateOnly StartedOn, string Summary);

public sealed record DecisionView(string Body, string Reference, DateOnly DecidedOn);

/// <summary>
/// A member of staff's record as the employer's HR officers read it: the only view with personal data.
/// Everything outside this service knows the person by <c>reference</c> alone.
/// </summary>
public sealed record StaffRecordView(Guid Id, string Reference, Guid EmployerId, string EmployerCode,
    EmploymentSector Sector, Guid TeamId, PersonView Person, TermsView Terms, TransferStatus TransferStatus,
    Guid? TransferProjectId, DecisionView? NoTransferDecision, IntegrationStatus Integration, string? WorkLocation,
    DateOnly? EmploymentEndedOn, IReadOnlyList<AssignmentView> Assignments, IReadOnlyList<EmploymentSpellView> Spells,
    IReadOnlyList<EmploymentCaseView> Cases)
{
    public static StaffRecordView Of(StaffRecord r) => new(r.Id, r.Reference, r.EmployerId, r.EmployerCode, r.Sector,
        r.TeamId, new(r.Personal.GivenName, r.Personal.FamilyName, r.Personal.DateOfBirth, r.Personal.PayrollNumber),
        TermsView.Of(r.Terms), r.TransferStatus, r.TransferProjectId,
        r.NoTransferDecision is { } d ? new(d.Body, d.Reference, d.DecidedOn) : null, r.Integration, r.WorkLocation,
        r.EmploymentEndedOn, r.Assignments.Select(AssignmentView.Of).ToList(),
        r.Spells.Select(s => new EmploymentSpellView(s.EmployerCode, s.From, s.To)).ToList(),
        r.Cases.Select(c => new EmploymentCaseView(c.Kind, c.StartedOn, c.Summary)).ToList());
}

/// <summary>A page of staff records in id order; <c>next</c> is the cursor of the following page, null at
/// the end.</summary>
public sealed record StaffRecordPage(IReadOnlyList<StaffRecordView> Items, Guid? Next);
