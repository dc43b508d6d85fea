using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.Planning;
using Commissioning.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CarePackages.Api.Apis;

/// <summary>
/// Support plans: drafted from a completed eligible assessment by the council or a provider under
/// delegation, costed line by line, quality assured inside the drafting organisation (four eyes) and
/// submitted to the council's verification team. A provider user works only on its own plans.
/// </summary>
public static class SupportPlansApi
{
    private static readonly string[] Practitioners = [Roles.Commissioner, Roles.ProviderUser];
    private static readonly string[] Readers =
        [Roles.Commissioner, Roles.ProviderUser, Roles.Verifier, Roles.SeniorVerifier, Roles.Broker];

    public static void MapSupportPlansApi(this WebApplication app)
    {
        app.MapPost("/api/v1/assessments/{assessmentId:guid}/support-plans", Draft).WithTags("Support plans")
            .RequireAuthorization(p => p.RequireRole(Practitioners));

        var plan = app.MapGroup("/api/v1/support-plans/{id:guid}").WithTags("Support plans");
        plan.MapGet("/", Read).RequireAuthorization(p => p.RequireRole(Readers));
        plan.MapPost("/cost-lines", (Guid id, NewCostLine r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.AddCostLine(r.NeedId, r.ServiceType, r.Description, r.UnitCost,
                    r.CostFrequency, r.PlannedUnitsPerWeek, r.StartDate)))
            .RequireAuthorization(p => p.RequireRole(Practitioners));
        plan.MapDelete("/cost-lines/{lineId:guid}", (Guid id, Guid lineId, HttpContext http,
                    CarePackagesStore store) =>
                Change(http, store, id, p => p.RemoveCostLine(lineId)))
            .RequireAuthorization(p => p.RequireRole(Practitioners));
        plan.MapPost("/other-support", (Guid id, NewOtherSupport r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.AddOtherSupport(r.NeedId, r.Source, r.Description)))
            .RequireAuthorization(p => p.RequireRole(Practitioners));
        plan.MapPost("/quality-assurance", (Guid id, PlanStep r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.PassQualityAssurance(http.AsQualityReviewer(), r.On)))
            .RequireAuthorization(p => p.RequireRole(Practitioners));
        plan.MapPost("/submission", (Guid id, PlanStep r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.SubmitForVerification(http.AsPractitioner(), r.On)))
            .RequireAuthorization(p => p.RequireRole(Practitioners));
    }

    private static async Task<Created<SupportPlanView>> Draft(
        Guid assessmentId, NewSupportPlan r, HttpContext http, CarePackagesStore store, CarePackagesRules rules)
    {
        var assessment = await store.Aggregates<Assessment>().Get(assessmentId, "assessmentId");
        var plan = SupportPlan.Draft(
            assessment, http.AsPractitioner(), r.DraftedOn, rules.DelegationTo(http.OrganisationCode()));
        store.Aggregates<SupportPlan>().Add(plan, LookupKeys.Of(assessment.Id));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/support-plans/{plan.Id}", SupportPlanView.Of(plan));
    }

    private static async Task<SupportPlanView> Read(Guid id, HttpContext http, CarePackagesStore store)
    {
        var plan = await store.Aggregates<SupportPlan>().Get(id);
        http.DemandOwn(plan.DraftedByOrganisationId, "supportPlanId", "support plan");
        return SupportPlanView.Of(plan);
    }

    private static async Task<SupportPlanView> Change(
        HttpContext http, CarePackagesStore store, Guid id, Action<SupportPlan> operation)
    {
        var plan = await store.Aggregates<SupportPlan>().Get(id);
        http.DemandOwn(plan.DraftedByOrganisationId, "supportPlanId", "support plan");
        operation(plan);
        await store.SaveChangesAsync();
        return SupportPlanView.Of(plan);
    }
}
