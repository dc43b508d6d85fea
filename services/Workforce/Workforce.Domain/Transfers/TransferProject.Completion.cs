using Commissioning.Domain;
using Workforce.Domain.Employers;
using Workforce.Domain.Establishments;
using Workforce.Domain.SeedWork;
using Workforce.Domain.Staff;

namespace Workforce.Domain.Transfers;

public sealed partial class TransferProject
{
    public DateOnly? TransferredOn { get; private set; }

    /// <summary>
    /// Rules TransferOnItsDate and TransferAfterConsultationClosed (A R-WF-05, §3.2): on the transfer date
    /// and only after the consultation has closed, with due diligence done, the pension decided and the
    /// contingency plan approved. Each assigned record that did not object moves to the transferee with
    /// its continuous service and terms unchanged; objectors' employment ends; vacancies move as vacancies.
    /// </summary>
    public void Transfer(DateOnly today, IReadOnlyCollection<StaffRecord> records, Employer transferee,
        Establishment from, Establishment to)
    {
        RequirePlanning();
        RequireReadyOn(today);
        RequireParties(records, transferee, from, to);
        var pension = PensionDecision!.Route == PensionRoute.NhsPensionScheme
            ? PensionScheme.NhsPensionScheme
            : (PensionScheme?)null;
        var byId = records.ToDictionary(r => r.Id);
        var moves = Moves(byId).ToList();
        foreach (var move in moves) from.RequireReleasable(move); // all checked before anything changes
        foreach (var move in moves)
        {
            var budget = from.Release(move);
            var team = move.Headcount > 0 || move.VacantFte > Fte.Zero ? to.Receive(move, budget) : null;
            foreach (var assigned in _employees.Where(e => e.TeamName == move.TeamName))
            {
                var record = byId[assigned.StaffRecordId];
                if (assigned.Objected) record.EndOnObjection(today);
                else record.TransferTo(transferee, to, team!.Id, pension ?? record.Terms.PensionScheme, today);
            }
            if (move.VacantFte > Fte.Zero)
                Raise(new VacancyTransferred(Id, move.TeamName, TransfereeCode, move.VacantFte));
        }
        Status = TransferProjectStatus.Transferred;
        TransferredOn = today;
        Raise(new TransferCompleted(Id, today, _employees.Count(e => !e.Objected), AssignedFte, VacantFte,
            _employees.Count(e => e.Objected)));
    }

    private void RequireReadyOn(DateOnly today)
    {
        if (today != TransferDate)
            throw TransferRules.TransferOnItsDate.Broken("transferDate",
                $"The transfer takes place on {TransferDate:yyyy-MM-dd}.");
        if (Consultation?.ClosedOn is null)
            throw TransferRules.TransferAfterConsultationClosed.Broken("consultation",
                "The transfer waits until the consultation has closed.");
        if (DueDiligence?.CompletedOn is null)
            throw TransferRules.DueDiligenceComplete.Broken("dueDiligence", "Due diligence is not complete.");
        if (PensionDecision is null)
            throw TransferRules.PensionRouteDecided.Broken("pensionDecision", "The pension route is not decided.");
        if (ContingencyPlan is null)
            throw TransferRules.ContingencyPlanApproved.Broken("contingencyPlan",
                "The transfer needs an approved contingency plan.");
    }

    private void RequireParties(IReadOnlyCollection<StaffRecord> records, Employer transferee, Establishment from,
        Establishment to)
    {
        TransferRules.TheProjectsTransferee.Require(transferee.Id == TransfereeId, "transfereeCode",
            "That is not this project's transferee.");
        TransferRules.TheTransferorsEstablishment.Require(from.EmployerId == TransferorId, "establishment",
            "That is not the transferor's establishment.");
        TransferRules.TheTransfereesEstablishment.Require(to.EmployerId == TransfereeId, "establishment",
            "That is not the transferee's establishment.");
        var assigned = _employees.Select(e => e.StaffRecordId).ToHashSet();
        var exactly = records.Count == assigned.Count && assigned.SetEquals(records.Select(r => r.Id));
        TransferRules.ExactlyTheAssignedRecords.Require(exactly, "staffRecords",
            "The transfer needs exactly the records of the assigned employees.");
    }

    /// <summary>One move per team: its movers and vacancies, and its objectors as leavers.</summary>
    private IEnumerable<TeamMove> Moves(IReadOnlyDictionary<Guid, StaffRecord> records)
    {
        var teams = _employees.Select(e => e.TeamName).Concat(_vacancies.Select(v => v.TeamName)).Distinct();
        foreach (var team in teams)
        {
            var movers = _employees.Where(e => e.TeamName == team && !e.Objected).ToList();
            var objectors = _employees.Where(e => e.TeamName == team && e.Objected).ToList();
            yield return new TeamMove(team, movers.Count, Fte.Sum(movers.Select(e => records[e.StaffRecordId].Fte)),
                Fte.Sum(_vacancies.Where(v => v.TeamName == team).Select(v => v.Fte)),
                objectors.Count, Fte.Sum(objectors.Select(e => records[e.StaffRecordId].Fte)));
        }
    }
}
