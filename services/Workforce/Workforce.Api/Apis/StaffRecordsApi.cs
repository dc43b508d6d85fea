using Commissioning.Identity;
using Commissioning.ServiceDefaults;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Employers;
using Workforce.Domain.Staff;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Workforce.Api.Apis;

/// <summary>
/// Staff records (issue 17 §2): the personal data of staff lives only here, and only the employer's HR
/// officers read or change it. Commissioners see the establishment's counts and costs instead; every
/// other service and every event knows a person by the record's pseudonymous reference.
/// </summary>
public static class StaffRecordsApi
{
    private static readonly PartnerTag Tag = WorkforceTags.StaffRecords;
    private static readonly int[] Problems = [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];

    public static void MapStaffRecordsApi(this WebApplication app)
    {
        var employer = app.MapGroup("/api/v1/employers/{id:guid}/staff-records")
            .RequireAuthorization(WorkforcePolicies.KeepsStaffRecords);
        employer.MapPost("/", Open)
            .Documented(Tag, "openStaffRecord", "Open a staff record",
                "An HR officer of the employer records a member of a team: personal details, FTE (more than 0, at "
                + "most 1), continuous-service start, terms reference, pension scheme and pay band where known.",
                Problems);
        employer.MapGet("/", List)
            .Documented(Tag, "listStaffRecords", "List the employer's staff records",
                "A page of the employer's records in id order (limit 1 to 500, 100 by default); pass the page's "
                + "next as after for the following one.", Status400BadRequest, Status404NotFound);

        var record = app.MapGroup("/api/v1/staff-records/{id:guid}")
            .RequireAuthorization(WorkforcePolicies.KeepsStaffRecords);
        record.MapGet("/", async (Guid id, WorkforceStore store, HttpContext http) =>
                StaffRecordView.Of(await store.OpenAsHr(http.User, id)))
            .Documented(Tag, "getStaffRecord", "Read a staff record",
                "The record with its personal data, for an HR officer of the employer.", Status404NotFound);
        record.MapPost("/team-move", (Guid id, TeamChange move, WorkforceStore store, HttpContext http) =>
                Change(store, http, id,
                    async r => r.MoveToTeam(await store.EstablishmentOf(r.EmployerId), move.TeamId)))
            .Documented(Tag, "moveStaffToTeam", "Move to another team",
                "Within the same employer; the employment is otherwise unchanged.", Problems);
        record.MapPut("/hours", (Guid id, HoursChange c, WorkforceStore store, HttpContext http, TimeProvider clock) =>
                Change(store, http, id, r => r.ChangeHours(c.ToFte(), c.PayBand, clock.LondonToday())))
            .Documented(Tag, "changeStaffHours", "Change hours or pay band",
                "Continuous service, terms reference and pension stay as they are.", Problems);
        record.MapPut("/integration", (Guid id, IntegrationChange c, WorkforceStore store, HttpContext http) =>
                Change(store, http, id, r => r.RecordIntegration(c.Status, c.WorkLocation)))
            .Documented(Tag, "recordStaffIntegration", "Record how the person works with the other partner",
                "Not integrated, co-located or blended (W:856), and where.", Problems);
        record.MapPost("/cases", (Guid id, NewEmploymentCase c, WorkforceStore store, HttpContext http,
                TimeProvider clock) => Change(store, http, id, r => r.RecordCase(c.ToCase(), clock.LondonToday())))
            .Documented(Tag, "recordEmploymentCase", "Record an employment case",
                "A disciplinary, grievance or tribunal case the ELI pack may have to disclose.", Problems);
        record.MapPost("/no-transfer-decision", (Guid id, DecisionRequest d, WorkforceStore store, HttpContext http) =>
                Change(store, http, id, r => r.RecordNoTransfer(d.ToDecision())))
            .Documented(Tag, "recordNoTransferDecision", "Record that the person does not transfer",
                "W:856: staff stay with their employers; proposing a transfer later needs a new decision and a "
                + "consultation (BR-57).", Problems);
        record.MapSecondmentsApi();
    }

    private static async Task<Created<StaffRecordView>> Open(Guid id, NewStaffRecord request, WorkforceStore store,
        HttpContext http, TimeProvider clock)
    {
        var employer = await store.Aggregates<Employer>().Get(id);
        EmployerAccess.RequireHrOfficerOf(http.User, employer.Code);
        var establishment = await store.EstablishmentOf(id);
        var record = StaffRecord.Open(employer, establishment, request.TeamId, request.Person.ToDetails(),
            request.Terms.ToTerms(), clock.LondonToday());
        store.Aggregates<StaffRecord>().Add(record, id.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/staff-records/{record.Id}", StaffRecordView.Of(record));
    }

    private static async Task<StaffRecordPage> List(Guid id, Guid? after, int? limit, WorkforceStore store,
        HttpContext http)
    {
        var employer = await store.Aggregates<Employer>().Get(id);
        EmployerAccess.RequireHrOfficerOf(http.User, employer.Code);
        var (records, next) = await store.PageOf(id, after, limit, http.RequestAborted);
        return new StaffRecordPage(records.Select(StaffRecordView.Of).ToList(), next);
    }

    /// <summary>Load as the employer's HR officer, apply one domain operation, save.</summary>
    internal static Task<StaffRecordView> Change(WorkforceStore store, HttpContext http, Guid id,
        Action<StaffRecord> operation) => Change(store, http, id, r =>
        {
            operation(r);
            return Task.CompletedTask;
        });

    /// <inheritdoc cref="Change(WorkforceStore, HttpContext, Guid, Action{StaffRecord})"/>
    internal static async Task<StaffRecordView> Change(WorkforceStore store, HttpContext http, Guid id,
        Func<StaffRecord, Task> operation)
    {
        var record = await store.OpenAsHr(http.User, id);
        await operation(record);
        await store.SaveChangesAsync();
        return StaffRecordView.Of(record);
    }
}
