using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.Costing;
using CarePackages.Domain.Packages;
using CarePackages.Domain.Planning;
using CarePackages.Domain.Verification;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using static CarePackages.Api.Apis.CarePackagesOperations;

namespace CarePackages.Api.Apis;

/// <summary>
/// Live packages: started by a broker from a plan whose funding is agreed (with the agreed funding
/// split and the referral's cohort), then priced by appended versions (a back-dated change adds an
/// adjustment), reviewed, suspended, resumed, carried into adult services at 18, and ended. A provider
/// user reads only packages with a line it delivers.
/// </summary>
public static class PackagesApi
{
    private static readonly PartnerTag Tag = CarePackagesTags.Packages;

    public static void MapPackagesApi(this WebApplication app)
    {
        app.MapPost("/api/v1/packages", Start).RequireAuthorization(CarePackagesPolicies.StartsPackages)
            .Documented(Tag, "startPackage", "Start a live package",
                "A broker starts it from a plan whose funding verification agreed, with that split and the "
                + "referral's cohort; every plan line is arranged exactly once, at the brokered price if there is "
                + "one. Reviews fall due within 12 months.", ChangeProblems);
        var package = app.MapGroup("/api/v1/packages/{id:guid}");
        package.MapGet("/", Read).RequireAuthorization(CarePackagesPolicies.ReadsPackages)
            .Documented(Tag, "getPackage", "Read a package",
                "Its lines with every price version, adjustments, reviews and suspensions; a provider user reads only "
                + "packages with a line it delivers.", ReadProblems);
        package.MapPost("/cost-changes", (Guid id, CostChangeRequest r, CarePackagesStore store) =>
                Change(store, id, p => p.ChangeCost(r.LineId,
                    CostBasis.Create(r.UnitCost, r.CostFrequency, r.PlannedUnitsPerWeek),
                    r.EffectiveFrom, r.RecordedOn, r.Reason)))
            .RequireAuthorization(CarePackagesPolicies.ManagesPackages)
            .Documented(Tag, "changePackageCost", "Change a line's price",
                "A new version from a date; days before the recording already committed get an adjustment.",
                ChangeProblems);
        package.MapPost("/reviews", (Guid id, ReviewRequest r, CarePackagesStore store) =>
                Change(store, id, p => p.RecordReview(r.ReviewedOn, r.ReviewReason, r.MethodOfReview, r.Outcome)))
            .RequireAuthorization(CarePackagesPolicies.ReviewsPackages)
            .Documented(Tag, "recordPackageReview", "Record a review",
                "A planned or unplanned review and how it was carried out; the next one falls due within 12 months.",
                ChangeProblems);
        MapLifecycle(package);
        MapCharging(app, package);
    }

    /// <summary>A §5.26 L1360: a live package owes the council a financial assessment, which only it records.
    /// </summary>
    private static void MapCharging(WebApplication app, RouteGroupBuilder package)
    {
        package.MapPost("/financial-assessment", (Guid id, FinancialAssessmentRequest r, CarePackagesStore store,
                HttpContext http) => Change(store, id, p => p.RecordFinancialAssessment(http.AsThemselves(),
                    r.Outcome, r.WeeklyContribution, r.AssessedOn)))
            .RequireAuthorization(CarePackagesPolicies.AssessesContributions)
            .Documented(Tag, "recordFinancialAssessment", "Record the package's financial assessment",
                "The council's charging outcome (no charge, a weekly contribution of at most the weekly budget, or "
                + "the full cost), once; a provider, delegated or not, never records it (A §5.26).", ChangeProblems);
        app.MapGet("/api/v1/financial-assessments", async (int? offset, int? limit, CarePackagesStore store) =>
            {
                var (skip, take) = ListPage.Of(offset, limit);
                return (await store.Aggregates<CarePackage>().PageWhere(
                        p => p.FinancialAssessment is { IsDue: true }, skip, take))
                    .Select(FinancialAssessmentDueView.Of).ToList();
            })
            .RequireAuthorization(CarePackagesPolicies.ReadsFinancialAssessments)
            .Documented(Tag, "listFinancialAssessmentsDue", "List the financial assessments due",
                "The charging team's worklist: the council's live packages whose financial assessment is not yet "
                + "recorded, oldest change first; limit (1 to 500, 100 unless asked) after offset.",
                StatusCodes.Status400BadRequest);
    }

    private static void MapLifecycle(RouteGroupBuilder package)
    {
        package.MapPost("/suspension", (Guid id, SuspensionRequest r, CarePackagesStore store) =>
                Change(store, id, p => p.Suspend(r.From, r.Reason)))
            .RequireAuthorization(CarePackagesPolicies.ManagesPackages)
            .Documented(Tag, "suspendPackage", "Suspend the package", "An active package pauses from a date.",
                ChangeProblems);
        package.MapPost("/resumption", (Guid id, ResumptionRequest r, CarePackagesStore store) =>
                Change(store, id, p => p.Resume(r.ResumedOn)))
            .RequireAuthorization(CarePackagesPolicies.ManagesPackages)
            .Documented(Tag, "resumePackage", "Resume the package", "A suspended package resumes on a day.",
                ChangeProblems);
        package.MapPost("/end", (Guid id, EndRequest r, CarePackagesStore store) =>
                Change(store, id, p => p.End(r.EndDate, r.EndReason)))
            .RequireAuthorization(CarePackagesPolicies.ManagesPackages)
            .Documented(Tag, "endPackage", "End the package", "Its last day and the reason it ends.", ChangeProblems);
        package.MapPost("/transition", Transition).RequireAuthorization(CarePackagesPolicies.ManagesPackages)
            .Documented(Tag, "transitionPackage", "Carry a child's package into adult services",
                "A children's package continues into adult services once the person is 18.", ChangeProblems);
    }

    /// <summary>
    /// The funding is the split verification agreed; the cohort is the referral's (children's packages
    /// continue at 18).
    /// </summary>
    private static async Task<Created<CarePackageView>> Start(NewPackage r, CarePackagesStore store)
    {
        var plan = await store.Aggregates<SupportPlan>().Get(r.SupportPlanId, "supportPlanId");
        var verification = await store.VerificationOf(plan.Id);
        var funding = verification.Status == VerificationStatus.Agreed && verification.Funding is { } agreed
            ? agreed
            : throw PackageRules.FromAnAgreedPlan.Broken("supportPlanId", "The plan's funding has not been agreed.");
        var assessment = await store.Aggregates<Assessment>().Get(plan.AssessmentId, "supportPlanId");
        var referral = await store.Aggregates<Referral>().Get(assessment.ReferralId, "supportPlanId");
        var arrangements = new List<LineArrangement>();
        foreach (var a in r.Arrangements)
        {
            var provider = a.ProviderCode is { } code
                ? await store.Remember(code, tenancy: store.TenancyOf(plan)) : (Guid?)null;
            arrangements.Add(new LineArrangement(a.PlanLineId, a.Mechanism, provider, a.BrokeredCost?.ToBasis()));
        }
        var package = CarePackage.Start(plan, funding, referral.Cohort, r.StartDate, arrangements);
        store.Aggregates<CarePackage>().Add(package, LookupKeys.Of(plan.Id));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/packages/{package.Id}", CarePackageView.Of(package));
    }

    private static async Task<CarePackageView> Read(Guid id, HttpContext http, CarePackagesStore store)
    {
        var package = await store.Aggregates<CarePackage>().Get(id);
        var organisation = PlatformIds.Organisation(http.Caller().Organisation);
        if (http.IsProvider() && package.Lines.All(l => l.ProviderId != organisation))
            throw CarePackagesApiRules.OwnOrganisationsRecords.Broken("packageId",
                "Your organisation delivers none of this package.");
        return CarePackageView.Of(package);
    }

    private static async Task<CarePackageView> Change(CarePackagesStore store, Guid id, Action<CarePackage> step) =>
        CarePackageView.Of(await store.Change(id, step));

    private static async Task<CarePackageView> Transition(Guid id, TransitionRequest r, CarePackagesStore store)
    {
        var package = await store.Aggregates<CarePackage>().Get(id);
        package.ContinueIntoAdultServices(await store.PersonOf(package, package.PersonReference), r.TransitionDate);
        await store.SaveChangesAsync();
        return CarePackageView.Of(package);
    }
}
