using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.ServiceDefaults;
using Commissioning.ServiceDefaults.OpenApi;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Staff;
using Workforce.Domain.Transfers;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Workforce.Api.Apis;

/// <summary>
/// The steps the transferor's HR officers take on a transfer project (A §3.2): assignment of employees and
/// vacancies, due diligence, valuation and pension decision, consultation, ELI, objections, contingency plan,
/// and the transfer itself on its date.
/// </summary>
public static class TransferStepsApi
{
    private static readonly PartnerTag Tag = WorkforceTags.TransferProjects;
    private static readonly int[] Problems = [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];

    private delegate Task StepAction(TransferProject project, WorkforceStore store, DateOnly today);

    public static void MapTransferStepsApi(this RouteGroupBuilder project)
    {
        var hr = project.MapGroup("").RequireAuthorization(WorkforcePolicies.RunsTransfers);
        Step(hr, "/transfer-date", "rescheduleTransfer", "Move the transfer date",
            "Only to a future date after the consultation, and not one that makes ELI already given late.",
            (TransferDateChange r) => (p, _, today) => Done(() => p.Reschedule(r.TransferDate, today)));
        Step(hr, "/employees", "assignEmployee", "Assign an employee of the transferor",
            "Staff told they would not transfer need a new governance decision and a consultation (BR-57).",
            (EmployeeAssignment r) => async (p, store, _) =>
            {
                var record = await store.Aggregates<StaffRecord>().Get(r.StaffRecordId, "staffRecordId");
                p.AssignEmployee(record, await store.EstablishmentOf(p.TransferorId, "teamId"),
                    r.Decision?.ToDecision(), r.ConsultationReference);
            });
        Step(hr, "/vacancies", "assignVacancies", "Assign a team's vacancies",
            "Vacancies transfer as vacancies; never more than the team's vacant FTE.",
            (VacancyAssignment r) => async (p, store, _) =>
                p.AssignVacancies(await store.EstablishmentOf(p.TransferorId, "teamName"), r.TeamName, r.ToFte()));
        Step(hr, "/due-diligence", "commissionDueDiligence", "Commission due diligence",
            "Formal consultation follows it (A §5.10.5 L1078).",
            (StepDate r) => (p, _, _) => Done(() => p.CommissionDueDiligence(r.On)));
        Step(hr, "/due-diligence/completion", "completeDueDiligence", "Complete due diligence", "On a date.",
            (StepDate r) => (p, _, _) => Done(() => p.CompleteDueDiligence(r.On)));
        Step(hr, "/actuarial-valuation", "recordActuarialValuation", "Record the actuarial valuation",
            "The pension route is decided on it (A §4.3 L805).",
            (ValuationRequest r) => (p, _, _) => Done(() => p.RecordActuarialValuation(r.Reference, r.ReceivedOn)));
        Step(hr, "/pension-decision", "decidePension", "Decide the pension route",
            "LGPS admitted body or the NHS Pension Scheme (A §4.3 L805-809), after the valuation.",
            (PensionDecisionRequest r) => (p, _, _) => Done(() => p.DecidePension(r.Route, r.On)));
        Step(hr, "/consultation-plan", "planConsultation", "Plan the consultation window",
            "It closes before the transfer date.",
            (ConsultationPlanRequest r) => (p, _, _) => Done(() => p.PlanConsultation(r.OpensBy, r.ClosesBy)));
        Step(hr, "/consultation", "openConsultation", "Open the collective consultation",
            "With the recognised trade unions or elected representatives (reg. 13(3)), after due diligence starts.",
            (ConsultationOpening r) => (p, _, _) => Done(() => p.OpenConsultation(r.On, r.ToRepresentatives())));
        Step(hr, "/consultation/closure", "closeConsultation", "Close the consultation",
            "Before the transfer date, once the transferee's measures letter is recorded.",
            (StepDate r) => (p, _, _) => Done(() => p.CloseConsultation(r.On)));
        Step(hr, "/eli", "provideEli", "Provide the Employee Liability Information",
            "Today; after the deadline (28 days before the transfer) only with the reason (reg. 11(6)).",
            (EliProvisionRequest r) => (p, _, today) => Done(() => p.ProvideEli(today, r.LateReason)));
        Step(hr, "/objections", "recordObjection", "Record an employee's objection",
            "An objecting employee does not transfer (reg. 4(7)).",
            (ObjectionRequest r) => async (p, store, _) =>
                p.RecordObjection(await store.Aggregates<StaffRecord>().Get(r.StaffRecordId, "staffRecordId"), r.On));
        Step(hr, "/contingency-plan", "approveContingencyPlan", "Approve the contingency plan",
            "The transfer needs one (A §5.34 L1468).",
            (ContingencyPlanRequest r) => (p, _, _) =>
                Done(() => p.ApproveContingencyPlan(r.Reference, r.ApprovedOn)));
        hr.MapPost("/transfer", Transfer)
            .Documented(Tag, "transfer", "Carry out the transfer",
                "On the transfer date only, after the consultation has closed: each assigned record moves to the "
                + "transferee with its continuous service and terms unchanged; objectors do not; vacancies move as "
                + "vacancies.", Problems);
    }

    private static void Step<TRequest>(RouteGroupBuilder hr, string path, string operationId, string summary,
        string description, Func<TRequest, StepAction> step) =>
        hr.MapPost(path, async (Guid id, TRequest request, WorkforceStore store, HttpContext http,
                TimeProvider clock) =>
            {
                // Minimal APIs cannot read a generic parameter's nullability, so they let an empty or null body
                // through as null: refuse it here, as they refuse it for the other routes.
                WorkforceApiRules.StepDetailsGiven.Require(request is not null, "body",
                    "The step's details are required as a JSON body.");
                var project = await store.OpenAsTransferorHr(http.User, id);
                var today = clock.LondonToday();
                await step(request!)(project, store, today);
                await store.SaveChangesAsync();
                return TransferProjectView.Of(project, today);
            })
            .Documented(Tag, operationId, summary, "An HR officer of the transferor. " + description, Problems);

    private static async Task<TransferProjectView> Transfer(Guid id, WorkforceStore store, HttpContext http,
        TimeProvider clock)
    {
        var project = await store.OpenAsTransferorHr(http.User, id);
        var caller = Commissioning.Identity.Caller.From(http.User);
        var today = clock.LondonToday();
        var done = await TransferRecords.Transfer(http.RequestServices, project.Id, today,
            $"transfer asked by {caller.Subject} ({caller.Organisation}, hr-officer)");
        return TransferProjectView.Of(done, today);
    }

    private static Task Done(Action step)
    {
        step();
        return Task.CompletedTask;
    }
}
