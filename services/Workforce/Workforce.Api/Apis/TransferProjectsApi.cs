using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Employers;
using Workforce.Domain.Transfers;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Workforce.Api.Apis;

/// <summary>
/// TUPE transfer projects (issue 17 §4): the transferor's HR officers plan one and take its steps, the
/// transferee's record the measures letter and read the ELI from the day it is provided; commissioners of
/// either read where it stands. The transfer happens only on its date, after the consultation has closed.
/// </summary>
public static class TransferProjectsApi
{
    private static readonly PartnerTag Tag = WorkforceTags.TransferProjects;
    private static readonly int[] Problems = [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];

    public static void MapTransferProjectsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/transfer-projects")
            .RequireAuthorization(WorkforcePolicies.ReadsTransfers);
        api.MapPost("/", Plan).RequireAuthorization(WorkforcePolicies.RunsTransfers)
            .Documented(Tag, "planTransferProject", "Plan a TUPE transfer",
                "An HR officer of the transferor names the transferee by its code and the transfer date (in the "
                + "future); ELI is then due 28 days before it (reg. 11(6)).", Problems);
        api.MapGet("/", async (int? offset, int? limit, WorkforceStore store, TimeProvider clock) =>
            {
                var (skip, take) = ListPage.Of(offset, limit);
                return (await store.Aggregates<TransferProject>().Page(skip, take))
                    .Select(p => TransferProjectView.Of(p, clock.LondonToday())).ToList();
            })
            .Documented(Tag, "listTransferProjects", "List transfer projects",
                "The projects the caller's organisation is transferor or transferee of, paged in the store: limit "
                + "(1 to 500, 100 unless asked) after offset.", Problems);
        var project = api.MapGroup("/{id:guid}");
        project.MapGet("/", async (Guid id, WorkforceStore store, TimeProvider clock) =>
                TransferProjectView.Of(await store.Aggregates<TransferProject>().Get(id), clock.LondonToday()))
            .Documented(Tag, "getTransferProject", "Read a transfer project",
                "Its steps, the assigned employees by reference, vacancies and deadlines as they stand today.",
                Status404NotFound);
        project.MapGet("/eli-pack", EliPackOf).RequireAuthorization(WorkforcePolicies.RunsTransfers)
            .Documented(Tag, "getEliPack", "Read the Employee Liability Information pack",
                "The transferor's HR officers at any time; the transferee's from the day it is provided.",
                Status403Forbidden, Status404NotFound);
        project.MapPost("/measures-letter", (Guid id, MeasuresRequest r, WorkforceStore store, HttpContext http,
                TimeProvider clock) => AsTransferee(store, http, clock, id, p => p.RecordMeasures(r.ReceivedOn,
                r.Measures)))
            .RequireAuthorization(WorkforcePolicies.RunsTransfers)
            .Documented(Tag, "recordMeasuresLetter", "Record the transferee's measures letter",
                "An HR officer of the transferee states the measures it envisages (none is a statement too), before "
                + "the consultation closes (reg. 13(4)).", Problems);
        project.MapTransferStepsApi();
    }

    private static async Task<Created<TransferProjectView>> Plan(NewTransferProject request, WorkforceStore store,
        HttpContext http, TimeProvider clock)
    {
        var caller = Caller.From(http.User);
        var transferor = await store.EmployerByCode(caller.Organisation, "transferorCode");
        EmployerAccess.RequireHrOfficerOf(http.User, transferor.Code);
        var transferee = await store.HostByCode(request.TransfereeCode, "transfereeCode");
        var today = clock.LondonToday();
        var project = TransferProject.Plan(request.Title, transferor, transferee, request.TransferDate,
            request.Arrangement(), today);
        store.Aggregates<TransferProject>().Add(project, transferor.Id.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/transfer-projects/{project.Id}", TransferProjectView.Of(project, today));
    }

    private static async Task<EliPackView> EliPackOf(Guid id, WorkforceStore store, HttpContext http,
        TimeProvider clock)
    {
        var project = await store.Aggregates<TransferProject>().Get(id);
        var today = clock.LondonToday();
        TransferRecords.RequireEliReader(http.User, project, today);
        var particulars = await store.AssignedParticulars(project, http.RequestAborted);
        return EliPackView.Of(EliPack.Assemble(project, particulars, [], today));
    }

    private static async Task<TransferProjectView> AsTransferee(WorkforceStore store, HttpContext http,
        TimeProvider clock, Guid id, Action<TransferProject> step)
    {
        var project = await store.OpenAsTransfereeHr(http.User, id);
        step(project);
        await store.SaveChangesAsync();
        return TransferProjectView.Of(project, clock.LondonToday());
    }
}
