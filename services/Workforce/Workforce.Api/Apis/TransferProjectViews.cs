using Workforce.Domain.Transfers;

namespace Workforce.Api.Apis;

/// <summary>An assigned employee, by the record's pseudonymous reference only (no personal data here).</summary>
public sealed record AssignedEmployeeView(Guid StaffRecordId, string Reference, string TeamName, decimal Fte,
    DateOnly? ObjectedOn);

public sealed record AssignedVacancyView(string TeamName, decimal Fte);

public sealed record DeadlineView(DeadlineKind Kind, DateOnly DueOn, DeadlineState State, DateOnly? DoneOn);

/// <summary>
/// A TUPE transfer project as either party reads it: the steps taken, the assigned employees by reference,
/// the vacancies, and the deadlines as they stand today (ELI 28 days before the transfer, reg. 11(6)).
/// </summary>
public sealed record TransferProjectView(Guid Id, string Title, string TransferorCode, string TransfereeCode,
    DateOnly TransferDate, DateOnly EliDueOn, LinkedArrangement? Arrangement, TransferProjectStatus Status,
    IReadOnlyList<AssignedEmployeeView> Employees, IReadOnlyList<AssignedVacancyView> Vacancies, decimal AssignedFte,
    decimal VacantFte, DueDiligence? DueDiligence, ActuarialValuation? ActuarialValuation,
    PensionDecision? PensionDecision, MeasuresLetter? MeasuresLetter, ConsultationPlan? ConsultationPlan,
    Consultation? Consultation, EliProvision? Eli, ContingencyPlan? ContingencyPlan, DateOnly? TransferredOn,
    IReadOnlyList<DeadlineView> Deadlines)
{
    public static TransferProjectView Of(TransferProject p, DateOnly today) => new(p.Id, p.Title, p.TransferorCode,
        p.TransfereeCode, p.TransferDate, p.EliDueOn, p.Arrangement, p.Status,
        p.Employees.Select(e => new AssignedEmployeeView(e.StaffRecordId, e.Reference, e.TeamName, e.Fte.Value,
            e.ObjectedOn)).ToList(),
        p.Vacancies.Select(v => new AssignedVacancyView(v.TeamName, v.Fte.Value)).ToList(), p.AssignedFte.Value,
        p.VacantFte.Value, p.DueDiligence, p.ActuarialValuation, p.PensionDecision, p.MeasuresLetter,
        p.ConsultationPlan, p.Consultation, p.Eli, p.ContingencyPlan, p.TransferredOn,
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
