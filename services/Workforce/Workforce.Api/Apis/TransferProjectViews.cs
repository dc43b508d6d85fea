using Workforce.Domain.Transfers;

namespace Workforce.Api.Apis;

/// <summary>An assigned employee, by the record's pseudonymous reference only (no personal data here).</summary>
public sealed record AssignedEmployeeView(Guid StaffRecordId, string Reference, string TeamName, decimal Fte,
    DateOnly? ObjectedOn);

public sealed record AssignedVacancyView(string TeamName, decimal Fte);

public sealed record ArrangementView(ArrangementKind Kind, Guid Id);

public sealed record DueDiligenceView(DateOnly CommissionedOn, DateOnly? CompletedOn);

public sealed record ValuationView(string Reference, DateOnly ReceivedOn);

public sealed record PensionDecisionView(PensionRoute Route, DateOnly DecidedOn);

public sealed record MeasuresLetterView(DateOnly ReceivedOn, string? Measures, bool EnvisagesMeasures);

public sealed record ConsultationPlanView(DateOnly OpensBy, DateOnly ClosesBy);

public sealed record RepresentativeView(RepresentativeKind Kind, string Name);

public sealed record ConsultationView(DateOnly OpenedOn, DateOnly? ClosedOn,
    IReadOnlyList<RepresentativeView> Representatives);

/// <summary>ELI as provided (reg. 11): first and latest day, its version, and why it was late if it was.</summary>
public sealed record EliProvisionView(DateOnly FirstProvidedOn, DateOnly LastProvidedOn, int Version,
    string? LateReason);

public sealed record ContingencyPlanView(string Reference, DateOnly ApprovedOn);

public sealed record DeadlineView(DeadlineKind Kind, DateOnly DueOn, DeadlineState State, DateOnly? DoneOn);

/// <summary>
/// A TUPE transfer project as either party reads it: the steps taken, the assigned employees by reference,
/// the vacancies, and the deadlines as they stand today (ELI 28 days before the transfer, reg. 11(6)).
/// </summary>
public sealed record TransferProjectView(Guid Id, string Title, string TransferorCode, string TransfereeCode,
    DateOnly TransferDate, DateOnly EliDueOn, ArrangementView? Arrangement, TransferProjectStatus Status,
    IReadOnlyList<AssignedEmployeeView> Employees, IReadOnlyList<AssignedVacancyView> Vacancies, decimal AssignedFte,
    decimal VacantFte, DueDiligenceView? DueDiligence, ValuationView? ActuarialValuation,
    PensionDecisionView? PensionDecision, MeasuresLetterView? MeasuresLetter, ConsultationPlanView? ConsultationPlan,
    ConsultationView? Consultation, EliProvisionView? Eli, ContingencyPlanView? ContingencyPlan,
    DateOnly? TransferredOn, IReadOnlyList<DeadlineView> Deadlines)
{
    public static TransferProjectView Of(TransferProject p, DateOnly today) => new(p.Id, p.Title, p.TransferorCode,
        p.TransfereeCode, p.TransferDate, p.EliDueOn,
        p.Arrangement is { } a ? new(a.Kind, a.Id) : null, p.Status,
        p.Employees.Select(e => new AssignedEmployeeView(e.StaffRecordId, e.Reference, e.TeamName, e.Fte.Value,
            e.ObjectedOn)).ToList(),
        p.Vacancies.Select(v => new AssignedVacancyView(v.TeamName, v.Fte.Value)).ToList(), p.AssignedFte.Value,
        p.VacantFte.Value, p.DueDiligence is { } d ? new(d.CommissionedOn, d.CompletedOn) : null,
        p.ActuarialValuation is { } v ? new(v.Reference, v.ReceivedOn) : null,
        p.PensionDecision is { } pd ? new(pd.Route, pd.DecidedOn) : null,
        p.MeasuresLetter is { } m ? new(m.ReceivedOn, m.Measures, m.EnvisagesMeasures) : null,
        p.ConsultationPlan is { } cp ? new(cp.OpensBy, cp.ClosesBy) : null,
        p.Consultation is { } c ? new(c.OpenedOn, c.ClosedOn,
            c.Representatives.Select(r => new RepresentativeView(r.Kind, r.Name)).ToList()) : null,
        p.Eli is { } e ? new(e.FirstProvidedOn, e.LastProvidedOn, e.Version, e.LateReason) : null,
        p.ContingencyPlan is { } k ? new(k.Reference, k.ApprovedOn) : null, p.TransferredOn,
        p.DeadlinesOn(today).Select(d => new DeadlineView(d.Kind, d.DueOn, d.State, d.DoneOn)).ToList());
}

public sealed record EliEntryView(string Reference, string GivenName, string FamilyName, DateOnly DateOfBirth,
    int Age, string? PayrollNumber, string TeamName, decimal Fte, DateOnly ContinuousServiceStart,
    string TermsReference, Domain.Staff.PensionScheme PensionScheme, string? PayBand,
    IReadOnlyList<EmploymentCaseView> Cases);

/// <summary>The Employee Liability Information pack (reg. 11(2)): personal data, for HR officers only.</summary>
public sealed record EliPackView(Guid TransferProjectId, DateOnly GeneratedOn, DateOnly DueOn,
    IReadOnlyList<string> CollectiveAgreements, IReadOnlyList<EliEntryView> Employees)
{
    public static EliPackView Of(EliPack p) => new(p.TransferProjectId, p.GeneratedOn, p.DueOn,
        p.CollectiveAgreements, p.Employees.Select(e => new EliEntryView(e.Reference, e.GivenName, e.FamilyName,
            e.DateOfBirth, e.Age, e.PayrollNumber, e.TeamName, e.Fte.Value, e.ContinuousServiceStart,
            e.TermsReference, e.PensionScheme,
            e.PayBand, e.Cases.Select(c => new EmploymentCaseView(c.Kind, c.StartedOn, c.Summary)).ToList()))
            .ToList());
}
