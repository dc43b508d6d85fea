using Commissioning.ServiceDefaults.OpenApi;
using Workforce.Api.Infrastructure;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Workforce.Api.Apis;

/// <summary>
/// Secondments and assignments (issue 17 §3): a spell with a host body other than the employer, with its
/// start, end and recharge. The employer, sector, pension and continuous service never change (S:59).
/// </summary>
public static class SecondmentsApi
{
    private static readonly PartnerTag Tag = WorkforceTags.StaffRecords;
    private static readonly int[] Problems = [Status400BadRequest, Status404NotFound, Status422UnprocessableEntity];

    public static void MapSecondmentsApi(this RouteGroupBuilder record)
    {
        record.MapPost("/assignments", (Guid id, NewAssignment a, WorkforceStore store, HttpContext http) =>
                StaffRecordsApi.Change(store, http, id, async r =>
                {
                    var host = await store.HostByCode(a.HostCode, "hostCode");
                    if (a.PostId is { } postId) await store.RequirePostOf(host, postId);
                    r.Assign(a.Kind, host, a.PostId, a.Start, a.End, a.Recharge.ToRecharge());
                }))
            .Documented(Tag, "assignStaff", "Second or assign to a host body",
                "An HR officer of the employer seconds or assigns the person to another body, by its code, from start "
                + "to end (open-ended without), with the recharge; spells may not overlap, and a post named (postId) "
                + "must be one the host has established.", Problems);
        record.MapPost("/assignments/{assignmentId:guid}/end",
                (Guid id, Guid assignmentId, AssignmentEnd e, WorkforceStore store, HttpContext http) =>
                    StaffRecordsApi.Change(store, http, id, r => r.EndAssignment(assignmentId, e.On)))
            .Documented(Tag, "endAssignment", "End a secondment or assignment early",
                "The person returns to their employer's own work on the next day.", Problems);
    }
}
