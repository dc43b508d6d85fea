using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.Planning;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using static CarePackages.Api.Apis.CarePackagesOperations;

namespace CarePackages.Api.Apis;

/// <summary>
/// Support plans: drafted from a completed eligible assessment by the council or a provider under
/// delegation, costed line by line, quality assured inside the drafting organisation (four eyes) and
/// submitted to the council's verification team. A provider user works only on its own plans.
/// </summary>
public static class SupportPlansApi
{
    private static readonly PartnerTag Tag = CarePackagesTags.SupportPlans;

    public static void MapSupportPlansApi(this WebApplication app)
    {
        app.MapPost("/api/v1/assessments/{assessmentId:guid}/support-plans", Draft)
            .RequireAuthorization(CarePackagesPolicies.DraftsSupportPlans)
            .Documented(Tag, "draftSupportPlan", "Draft a support plan",
                "From a completed assessment with an eligible outcome, by the council or a provider whose Section 75 "
                + "delegation covers support planning; the plan carries the eligible needs to address.",
                ChangeProblems);
        var plan = app.MapGroup("/api/v1/support-plans/{id:guid}");
        plan.MapGet("/", Read).RequireAuthorization(CarePackagesPolicies.ReadsCaseRecords)
            .Documented(Tag, "getSupportPlan", "Read a support plan",
                "Its needs, costed lines and other support; a provider user reads only its own organisation's plans.",
                ReadProblems);
        plan.MapPost("/cost-lines", (Guid id, NewCostLine r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.AddCostLine(r.NeedId, r.ServiceType, r.Description, r.UnitCost,
                    r.CostFrequency, r.PlannedUnitsPerWeek, r.StartDate)))
            .RequireAuthorization(CarePackagesPolicies.DraftsSupportPlans)
            .Documented(Tag, "addCostLine", "Add a cost line",
                "A service against one of the plan's needs, priced by unit cost and frequency (with the planned units "
                + "a week for hourly, daily and per-session costs), while the plan is a draft.", ChangeProblems);
        MapPlanSteps(plan);
        MapCrisisPlans(app, plan);
    }

    /// <summary>Rule CrisisPlanOfferedToThoseAtRisk (A §1.22 L502): the risk, the offer and the council's count.
    /// </summary>
    private static void MapCrisisPlans(WebApplication app, RouteGroupBuilder plan)
    {
        plan.MapPut("/crisis-risk", (Guid id, CrisisRisk r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.RecordCrisisRisk(r.AtRisk)))
            .RequireAuthorization(CarePackagesPolicies.DraftsSupportPlans)
            .Documented(Tag, "recordCrisisRisk", "Record whether the person may be at risk of crisis",
                "A plan for someone at risk goes for verification only once a crisis plan has been offered.",
                ChangeProblems);
        plan.MapPost("/crisis-plan", (Guid id, CrisisPlanOfferRequest r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.OfferCrisisPlan(r.OfferedOn, r.Accepted, r.Reference)))
            .RequireAuthorization(CarePackagesPolicies.DraftsSupportPlans)
            .Documented(Tag, "offerCrisisPlan", "Record the crisis plan offered",
                "The day it was offered, whether the person took it up and, if so, the crisis plan's reference.",
                ChangeProblems);
        app.MapGet("/api/v1/crisis-plans", CrisisPlans).RequireAuthorization(CarePackagesPolicies.ReadsCrisisPlans)
            .Documented(Tag, "getCrisisPlanReport", "Count the crisis plans offered and missing",
                "The council's plans for people at risk of crisis, how many were offered a crisis plan, and those "
                + "missing one (limit 1 to 500, 100 unless asked, after offset), oldest change first.",
                StatusCodes.Status400BadRequest);
    }

    private static async Task<CrisisPlanReport> CrisisPlans(int? offset, int? limit, CarePackagesStore store)
    {
        var (skip, take) = ListPage.Of(offset, limit);
        var plans = store.Aggregates<SupportPlan>();
        var atRisk = (await plans.List()).Where(p => p.AtRiskOfCrisis).ToList();
        var missing = await plans.PageWhere(p => p.CrisisPlanMissing, skip, take);
        return new CrisisPlanReport(atRisk.Count, atRisk.Count(p => p.CrisisPlan is not null),
            atRisk.Count(p => p.CrisisPlanMissing), missing.Select(CrisisPlanMissingView.Of).ToList());
    }

    private static void MapPlanSteps(RouteGroupBuilder plan)
    {
        plan.MapDelete("/cost-lines/{lineId:guid}", (Guid id, Guid lineId, HttpContext http,
                    CarePackagesStore store) =>
                Change(http, store, id, p => p.RemoveCostLine(lineId)))
            .RequireAuthorization(CarePackagesPolicies.DraftsSupportPlans)
            .Documented(Tag, "removeCostLine", "Remove a cost line", "Only while the plan is a draft.",
                StepProblems);
        plan.MapPost("/other-support", (Guid id, NewOtherSupport r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.AddOtherSupport(r.NeedId, r.Source, r.Description)))
            .RequireAuthorization(CarePackagesPolicies.DraftsSupportPlans)
            .Documented(Tag, "addOtherSupport", "Add support the council does not pay for",
                "Family and friends, the voluntary sector or universal services meeting one of the plan's needs.",
                ChangeProblems);
        plan.MapPost("/quality-assurance", (Guid id, PlanStep r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.PassQualityAssurance(http.AsQualityReviewer(), r.On)))
            .RequireAuthorization(CarePackagesPolicies.DraftsSupportPlans)
            .Documented(Tag, "passQualityAssurance", "Pass quality assurance",
                "Someone in the drafting organisation other than the plan's author (four eyes) passes a plan that "
                + "addresses every eligible need.", ChangeProblems);
        plan.MapPost("/submission", (Guid id, PlanStep r, HttpContext http, CarePackagesStore store) =>
                Change(http, store, id, p => p.SubmitForVerification(http.AsPractitioner(), r.On)))
            .RequireAuthorization(CarePackagesPolicies.DraftsSupportPlans)
            .Documented(Tag, "submitSupportPlan", "Submit the plan for verification",
                "A quality-assured plan goes to the council's verification team.", ChangeProblems);
    }

    private static async Task<Created<SupportPlanView>> Draft(
        Guid assessmentId, NewSupportPlan r, HttpContext http, CarePackagesStore store, CarePackagesRules rules)
    {
        var assessment = await store.Aggregates<Assessment>().Get(assessmentId, "assessmentId");
        var delegation = rules.DelegationTo(store.TenancyOf(assessment), http.OrganisationCode());
        var plan = SupportPlan.Draft(assessment, http.AsPractitioner(), r.DraftedOn, delegation);
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
        => SupportPlanView.Of(await store.Change<SupportPlan>(id, plan =>
        {
            http.DemandOwn(plan.DraftedByOrganisationId, "supportPlanId", "support plan");
            operation(plan);
        }));
}
