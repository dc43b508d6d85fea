using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.SeedWork;
using Workforce.Domain.Staff;

namespace Workforce.Domain.Transfers;

/// <summary>
/// A TUPE transfer (TUPE 2006 as amended 2014, A §5.8 L989): transferor, transferee, transfer date, the
/// s75 agreement or contract it serves, the assigned employees and vacancies, and its steps (A §3.2):
/// due diligence, pension decision, measures letter, collective consultation, Employee Liability
/// Information, objections, contingency plan, and the transfer itself.
/// </summary>
public sealed partial class TransferProject : AggregateRoot
{
    private readonly List<AssignedEmployee> _employees = [];
    private readonly List<AssignedVacancy> _vacancies = [];
    private readonly List<DeadlineNoticeRaised> _notices = [];

    private TransferProject() { }

    public string Title { get; private set; } = "";
    public Guid TransferorId { get; private set; }
    public string TransferorCode { get; private set; } = "";
    public Guid TransfereeId { get; private set; }
    public string TransfereeCode { get; private set; } = "";
    public DateOnly TransferDate { get; private set; }
    public LinkedArrangement? Arrangement { get; private set; }
    public TransferProjectStatus Status { get; private set; }
    public IReadOnlyList<AssignedEmployee> Employees => _employees;
    public IReadOnlyList<AssignedVacancy> Vacancies => _vacancies;
    public IReadOnlyList<DeadlineNoticeRaised> Notices => _notices;

    /// <summary>Rule EliDueDate: no later than 28 days before the transfer (reg. 11(6); anchors B.10).</summary>
    public DateOnly EliDueOn => TransferDeadlines.EliDueOn(TransferDate);

    public Fte AssignedFte => Fte.Sum(_employees.Where(e => !e.Objected).Select(e => e.Fte));
    public Fte VacantFte => Fte.Sum(_vacancies.Select(v => v.Fte));

    public static TransferProject Plan(string title, Employer transferor, Employer transferee, DateOnly transferDate,
        LinkedArrangement? arrangement, DateOnly today)
    {
        TransferRules.TitleGiven.Require(!string.IsNullOrWhiteSpace(title), "title",
            "A transfer project needs a title.");
        TransferRules.TransfereeIsAnotherEmployer.Require(transferor.Id != transferee.Id, "transfereeCode",
            "The transferee must be another employer than the transferor.");
        TransferRules.PlannedAhead.Require(transferDate > today, "transferDate",
            "A transfer is planned for a future date.");
        var project = new TransferProject
        {
            Title = title.Trim(),
            TransferorId = transferor.Id,
            TransferorCode = transferor.Code,
            TransfereeId = transferee.Id,
            TransfereeCode = transferee.Code,
            TransferDate = transferDate,
            Arrangement = arrangement,
            Status = TransferProjectStatus.Planning,
        };
        project.Raise(new TransferScheduled(project.Id, transferor.Code, transferee.Code, transferDate,
            project.EliDueOn));
        return project;
    }

    /// <summary>
    /// Rule TransferDateAfterConsultation: a new date must be in the future, after the consultation's
    /// close (or its opening, while it is open), and must not make ELI already given late without a reason.
    /// </summary>
    public void Reschedule(DateOnly transferDate, DateOnly today)
    {
        RequirePlanning();
        TransferRules.PlannedAhead.Require(transferDate > today, "transferDate",
            "A transfer is planned for a future date.");
        if (Consultation is { } c)
            TransferRules.TransferDateAfterConsultation.Require(transferDate > (c.ClosedOn ?? c.OpenedOn),
                "transferDate",
                $"The transfer cannot come before the consultation of {(c.ClosedOn ?? c.OpenedOn):yyyy-MM-dd}.");
        if (ConsultationPlan is { } plan)
            TransferRules.TransferDateAfterConsultation.Require(transferDate > plan.ClosesBy, "transferDate",
                $"The consultation is planned to close by {plan.ClosesBy:yyyy-MM-dd}; the transfer comes after it.");
        if (Eli is { LateReason: null } eli)
            TransferRules.RescheduleKeepsEliOnTime.Require(
                eli.LastProvidedOn <= TransferDeadlines.EliDueOn(transferDate), "transferDate",
                "On that date the ELI already given would be late; give it again or state why it is late.");
        TransferDate = transferDate;
        Raise(new TransferScheduled(Id, TransferorCode, TransfereeCode, transferDate, EliDueOn));
    }

    /// <summary>Assigns one of the transferor's employees (see <see cref="StaffRecord.ProposeTransfer"/>).</summary>
    public void AssignEmployee(StaffRecord record, Establishment transferorEstablishment,
        GovernanceDecision? newDecision = null, string? consultationReference = null)
    {
        RequirePlanning();
        TransferRules.OnlyTheTransferorsEmployees.Require(record.EmployerId == TransferorId, "staffRecordId",
            $"Only the transferor's ({TransferorCode}) employees can be assigned.");
        TransferRules.TheTransferorsEstablishment.Require(transferorEstablishment.EmployerId == TransferorId, "teamId",
            "The establishment is not the transferor's.");
        var team = transferorEstablishment.Team(record.TeamId);
        record.ProposeTransfer(Id, newDecision, consultationReference);
        _employees.Add(new AssignedEmployee(record.Id, record.Reference, team.Name, record.Fte, null));
    }

    public void WithdrawEmployee(StaffRecord record)
    {
        RequirePlanning();
        var index = _employees.FindIndex(e => e.StaffRecordId == record.Id);
        if (index < 0) throw RuleViolation.NotFound("staffRecordId", "That person is not assigned to this transfer.");
        _employees.RemoveAt(index);
        record.WithdrawFromTransfer();
    }

    /// <summary>Rule VacanciesWithinTheTeam: a team's assigned vacancies never exceed its vacant FTE.</summary>
    public void AssignVacancies(Establishment transferorEstablishment, string teamName, Fte fte)
    {
        RequirePlanning();
        TransferRules.TheTransferorsEstablishment.Require(transferorEstablishment.EmployerId == TransferorId,
            "teamName",
            "The establishment is not the transferor's.");
        var team = transferorEstablishment.Find(teamName)
            ?? throw RuleViolation.NotFound("teamName", $"'{teamName}' is not a team of {TransferorCode}.");
        var index = _vacancies.FindIndex(v => v.TeamName == team.Name);
        var already = index < 0 ? Fte.Zero : _vacancies[index].Fte;
        TransferRules.VacanciesWithinTheTeam.Require(fte > Fte.Zero, "fte", "Assign more than 0 FTE of vacancies.");
        TransferRules.VacanciesWithinTheTeam.Require(already + fte <= team.Figures.VacantFte, "fte",
            $"'{team.Name}' has {team.Figures.VacantFte} vacant FTE; {already} are assigned already.");
        if (index < 0) _vacancies.Add(new AssignedVacancy(team.Name, fte));
        else _vacancies[index] = _vacancies[index] with { Fte = already + fte };
    }

    private void RequirePlanning()
    {
        if (Status != TransferProjectStatus.Planning)
            throw TransferRules.NotYetTransferred.Broken("status",
                $"The transfer took place on {TransferDate:yyyy-MM-dd}.");
    }
}
