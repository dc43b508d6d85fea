using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Assessments;
using CarePackages.Domain.Costing;
using CarePackages.Domain.Packages;
using CarePackages.Domain.Planning;
using CarePackages.Domain.Verification;
using Commissioning.Domain;
using Commissioning.Identity;

namespace CarePackages.Api.Apis;

public sealed record CostRequest(decimal? UnitCost, CostFrequency? CostFrequency, decimal? PlannedUnitsPerWeek = null)
{
    public CostBasis ToBasis() => CostBasis.Create(UnitCost, CostFrequency, PlannedUnitsPerWeek);
}
/// <summary>How one plan line is delivered: by a provider named by code, or as a direct payment (no provider).</summary>
public sealed record ArrangementRequest(Guid PlanLineId, DeliveryMechanism Mechanism, string? ProviderCode = null, CostRequest? BrokeredCost = null);
public sealed record NewPackage(Guid SupportPlanId, DateOnly StartDate, IReadOnlyList<ArrangementRequest> Arrangements);
/// <summary>A new price for a line from <c>EffectiveFrom</c>, recorded on <c>RecordedOn</c>: earlier days already committed get an adjustment.</summary>
public sealed record CostChangeRequest(Guid LineId, decimal? UnitCost, CostFrequency? CostFrequency, DateOnly EffectiveFrom,
    DateOnly RecordedOn, string Reason, decimal? PlannedUnitsPerWeek = null);
public sealed record ReviewRequest(DateOnly ReviewedOn, ReviewReason ReviewReason, ReviewMethod MethodOfReview, string Outcome);
public sealed record SuspensionRequest(DateOnly From, string Reason);
public sealed record ResumptionRequest(DateOnly ResumedOn);
public sealed record EndRequest(DateOnly EndDate, EndReason EndReason);

/// <summary>
/// Live packages: started by a broker from a plan whose funding is agreed (with the agreed funding
/// split and the referral's cohort), then priced by appended versions (a back-dated change adds an
/// adjustment), reviewed, suspended, resumed, carried into adult services at 18, and ended. A provider
/// user reads only packages with a line it delivers.
/// </summary>
public static class PackagesApi
{
    private static readonly string[] Managers = [Roles.Broker, Roles.Verifier, Roles.SeniorVerifier];
    private static readonly string[] Reviewers = [Roles.Broker, Roles.Verifier, Roles.SeniorVerifier, Roles.Commissioner];
    private static readonly string[] Readers = [Roles.Broker, Roles.Verifier, Roles.SeniorVerifier, Roles.Commissioner, Roles.ProviderUser];

    public static void MapPackagesApi(this WebApplication app)
    {
        app.MapPost("/api/v1/packages", Start).WithTags("Packages").RequireAuthorization(p => p.RequireRole(Roles.Broker));
        var package = app.MapGroup("/api/v1/packages/{id:guid}").WithTags("Packages");
        package.MapGet("/", Read).RequireAuthorization(p => p.RequireRole(Readers));
        package.MapPost("/cost-changes", (Guid id, CostChangeRequest r, CarePackagesStore store) =>
            store.Change<CarePackage>(id, p => p.ChangeCost(r.LineId, CostBasis.Create(r.UnitCost, r.CostFrequency, r.PlannedUnitsPerWeek),
                r.EffectiveFrom, r.RecordedOn, r.Reason))).RequireAuthorization(p => p.RequireRole(Managers));
        package.MapPost("/reviews", (Guid id, ReviewRequest r, CarePackagesStore store) =>
            store.Change<CarePackage>(id, p => p.RecordReview(r.ReviewedOn, r.ReviewReason, r.MethodOfReview, r.Outcome)))
            .RequireAuthorization(p => p.RequireRole(Reviewers));
        package.MapPost("/suspension", (Guid id, SuspensionRequest r, CarePackagesStore store) =>
            store.Change<CarePackage>(id, p => p.Suspend(r.From, r.Reason))).RequireAuthorization(p => p.RequireRole(Managers));
        package.MapPost("/resumption", (Guid id, ResumptionRequest r, CarePackagesStore store) =>
            store.Change<CarePackage>(id, p => p.Resume(r.ResumedOn))).RequireAuthorization(p => p.RequireRole(Managers));
        package.MapPost("/end", (Guid id, EndRequest r, CarePackagesStore store) =>
            store.Change<CarePackage>(id, p => p.End(r.EndDate, r.EndReason))).RequireAuthorization(p => p.RequireRole(Managers));
        package.MapPost("/transition", Transition).RequireAuthorization(p => p.RequireRole(Managers));
    }

    /// <summary>The funding is the split verification agreed; the cohort is the referral's (children's packages continue at 18).</summary>
    private static async Task<IResult> Start(NewPackage r, CarePackagesStore store)
    {
        var plan = await store.Aggregates<SupportPlan>().Get(r.SupportPlanId, "supportPlanId");
        var verification = await store.VerificationOf(plan.Id);
        var funding = verification.Status == VerificationStatus.Agreed && verification.Funding is { } agreed
            ? agreed
            : throw RuleViolation.Precondition("supportPlanId", "The plan's funding has not been agreed.");
        var assessment = await store.Aggregates<Assessment>().Get(plan.AssessmentId, "supportPlanId");
        var referral = await store.Aggregates<Referral>().Get(assessment.ReferralId, "supportPlanId");
        var arrangements = new List<LineArrangement>();
        foreach (var a in r.Arrangements)
            arrangements.Add(new LineArrangement(a.PlanLineId, a.Mechanism,
                a.ProviderCode is { } code ? await store.Remember(code) : null, a.BrokeredCost?.ToBasis()));
        var package = CarePackage.Start(plan, funding, referral.Cohort, r.StartDate, arrangements);
        store.Aggregates<CarePackage>().Add(package, LookupKeys.Of(plan.Id));
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/packages/{package.Id}", package);
    }

    private static async Task<CarePackage> Read(Guid id, HttpContext http, CarePackagesStore store)
    {
        var package = await store.Aggregates<CarePackage>().Get(id);
        var organisation = PlatformIds.Organisation(http.Caller().Organisation);
        if (http.IsProvider() && package.Lines.All(l => l.ProviderId != organisation))
            throw RuleViolation.Forbidden("packageId", "Your organisation delivers none of this package.");
        return package;
    }

    private static async Task<CarePackage> Transition(Guid id, TransitionRequest r, CarePackagesStore store)
    {
        var package = await store.Aggregates<CarePackage>().Get(id);
        package.ContinueIntoAdultServices(await store.ByReference(package.PersonReference), r.TransitionDate);
        await store.SaveChangesAsync();
        return package;
    }
}
