using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Employers;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Workforce.Api.Apis;

/// <summary>
/// Employers, each the tenancy of its own records: an HR officer registers its own organisation (or a
/// platform administrator any); its HR officers and commissioners read it; no one else learns it exists.
/// </summary>
public static class EmployersApi
{
    private static readonly PartnerTag Tag = WorkforceTags.Employers;

    public static RouteGroupBuilder MapEmployersApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/employers")
            .RequireAuthorization(WorkforcePolicies.ReadsCountsAndCosts);
        api.MapPost("/", Register).RequireAuthorization(WorkforcePolicies.RegistersEmployers)
            .Documented(Tag, "registerEmployer", "Register an employer",
                "An HR officer registers its own organisation (a platform administrator any) by its GSS, ODS or "
                + "provider code, which is used once (409).", Status400BadRequest, Status409Conflict)
            .WithExample(WorkforceExamples.NewEmployer, WorkforceExamples.Employer);
        api.MapGet("/", async (int? offset, int? limit, WorkforceStore store) =>
            {
                var (skip, take) = ListPage.Of(offset, limit);
                return (await store.Aggregates<Employer>().Page(skip, take)).Select(EmployerView.Of).ToList();
            })
            .Documented(Tag, "listEmployers", "List employers",
                "The employers the caller's organisation is (every one for a platform administrator), paged in the "
                + "store: limit (1 to 500, 100 unless asked) after offset.", Status400BadRequest);
        api.MapGet("/{id:guid}", async (Guid id, WorkforceStore store) =>
                EmployerView.Of(await store.Aggregates<Employer>().Get(id)))
            .Documented(Tag, "getEmployer", "Read an employer", "The employer and its sector.", Status404NotFound);
        return api;
    }

    private static async Task<Created<EmployerView>> Register(NewEmployer request, WorkforceStore store,
        HttpContext http)
    {
        var employer = Employer.Register(request.Name, request.Kind, request.Code);
        EmployerAccess.RequireRegistrarOf(http.User, employer.Code);
        store.Aggregates<Employer>().Add(employer, employer.Code,
            new UniqueKey(employer.Code, "code", $"Employer {employer.Code} is already registered."));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/employers/{employer.Id}", EmployerView.Of(employer));
    }
}
