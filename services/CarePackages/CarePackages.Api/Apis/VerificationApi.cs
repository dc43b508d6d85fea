using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Planning;
using CarePackages.Domain.Verification;
using Commissioning.Grpc;
using Commissioning.Identity;

namespace CarePackages.Api.Apis;

public sealed record VerificationOpening(DateOnly OpenedOn);
/// <summary>The contracted unit rate (none for a spot purchase) and the benchmark band, in the line's own terms.</summary>
public sealed record CostCheckRequest(Guid LineId, decimal? ContractedUnitRate, decimal BenchmarkLower, decimal BenchmarkUpper);
public sealed record JustificationRequest(Guid LineId, string Reason);
/// <summary>
/// One funder's share. The budget line is pooled finance's budget line id: the commitment is recorded
/// against it there, so the domain's budget-line code holds that id.
/// </summary>
public sealed record FundingShareRequest(FundingStream Stream, decimal Percent, Guid FundId, Guid BudgetLineId, string? BcfScheme = null);
public sealed record FundingRequest(IReadOnlyList<FundingShareRequest> Shares);
public sealed record HeadroomRequest(Guid FundId, Guid BudgetLineId, decimal Remaining);
/// <summary>
/// What is left on each budget line this year. Without it, pooled finance is asked over gRPC; given, it
/// is taken as stated (a verifier working from pooled finance's published position).
/// </summary>
public sealed record AgreementRequest(DateOnly AgreedOn, IReadOnlyList<HeadroomRequest>? Headroom = null);
public sealed record ReturnRequest(IReadOnlyList<ReturnReason> Reasons, string Note, DateOnly ReturnedOn);
public sealed record DeclineRequest(DeclineReason Reason, string Note, DateOnly DeclinedOn);

/// <summary>
/// The council's verification of a submitted plan: cost checks with their arithmetic, justification,
/// funding split, and the decision within delegated authority (a verifier up to the configured limits,
/// a senior verifier above them). Provider users can neither open nor decide one.
/// </summary>
public static class VerificationApi
{
    private static readonly string[] Verifiers = [Roles.Verifier, Roles.SeniorVerifier];
    private static readonly string[] Readers = [Roles.Verifier, Roles.SeniorVerifier, Roles.Broker, Roles.Commissioner];

    public static void MapVerificationApi(this WebApplication app)
    {
        app.MapPost("/api/v1/support-plans/{supportPlanId:guid}/verification", Open).WithTags("Verification")
            .RequireAuthorization(p => p.RequireRole(Verifiers));
        app.MapGet("/api/v1/support-plans/{supportPlanId:guid}/verification", async (Guid supportPlanId, CarePackagesStore store) =>
            await store.VerificationOf(supportPlanId)).WithTags("Verification").RequireAuthorization(p => p.RequireRole(Readers));

        var verification = app.MapGroup("/api/v1/verifications/{id:guid}").WithTags("Verification").RequireAuthorization(p => p.RequireRole(Verifiers));
        verification.MapGet("/", async (Guid id, CarePackagesStore store) => await store.Aggregates<PlanVerification>().Get(id))
            .RequireAuthorization(p => p.RequireRole(Readers));
        verification.MapPost("/cost-checks", (Guid id, CostCheckRequest r, CarePackagesStore store) =>
            Decide(store, id, (v, plan) => v.CheckCost(plan, r.LineId, r.ContractedUnitRate, new BenchmarkBand(r.BenchmarkLower, r.BenchmarkUpper))));
        verification.MapPost("/justifications", (Guid id, JustificationRequest r, CarePackagesStore store) =>
            Decide(store, id, (v, _) => v.Justify(r.LineId, r.Reason)));
        verification.MapPut("/funding", (Guid id, FundingRequest r, CarePackagesStore store) =>
            Decide(store, id, (v, _) => v.SetFunding(FundingSplit.Create(r.Shares.Select(ToShare).ToList()))));
        verification.MapPost("/agreement", Agree);
        verification.MapPost("/return", (Guid id, ReturnRequest r, HttpContext http, CarePackagesStore store) =>
            Decide(store, id, (v, plan) => v.Return(plan, http.AsVerifier(), r.Reasons, r.Note, r.ReturnedOn)));
        verification.MapPost("/decline", (Guid id, DeclineRequest r, HttpContext http, CarePackagesStore store) =>
            Decide(store, id, (v, plan) => v.Decline(plan, http.AsVerifier(), r.Reason, r.Note, r.DeclinedOn)));
    }

    private static async Task<IResult> Open(Guid supportPlanId, VerificationOpening r, HttpContext http, CarePackagesStore store)
    {
        var plan = await store.Aggregates<SupportPlan>().Get(supportPlanId, "supportPlanId");
        var verification = PlanVerification.Open(plan, http.AsVerifier(), r.OpenedOn);
        store.Aggregates<PlanVerification>().Add(verification, LookupKeys.Of(plan.Id));
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/verifications/{verification.Id}", verification);
    }

    private static async Task<PlanVerification> Agree(Guid id, AgreementRequest r, HttpContext http, CarePackagesStore store,
        CarePackagesRules rules, FinanceClient finance)
    {
        var verification = await store.Aggregates<PlanVerification>().Get(id);
        var plan = await store.Aggregates<SupportPlan>().Get(verification.SupportPlanId, "supportPlanId");
        var headroom = r.Headroom?.Select(ToHeadroom).ToList() ?? await finance.Headroom(plan, verification.Funding);
        verification.Agree(plan, http.AsVerifier(), rules.Authority, headroom, r.AgreedOn);
        await store.SaveChangesAsync();
        return verification;
    }

    /// <summary>The plan's latest verification (a returned plan is verified again after rework).</summary>
    public static async Task<PlanVerification> VerificationOf(this CarePackagesStore store, Guid supportPlanId) =>
        (await store.Aggregates<PlanVerification>().List(LookupKeys.Of(supportPlanId))).OrderBy(v => v.OpenedOn).LastOrDefault()
        ?? throw Commissioning.Domain.RuleViolation.NotFound("supportPlanId", "The plan has not been put to verification.");

    /// <summary>Load the verification with its plan, apply one step, save both (a decision changes the plan's status too).</summary>
    private static async Task<PlanVerification> Decide(CarePackagesStore store, Guid id, Action<PlanVerification, SupportPlan> step)
    {
        var verification = await store.Aggregates<PlanVerification>().Get(id);
        var plan = await store.Aggregates<SupportPlan>().Get(verification.SupportPlanId, "supportPlanId");
        step(verification, plan);
        await store.SaveChangesAsync();
        return verification;
    }

    private static FundingShare ToShare(FundingShareRequest s) =>
        new(s.Stream, s.Percent, s.FundId, s.BudgetLineId == Guid.Empty ? "" : s.BudgetLineId.ToString(), s.BcfScheme);

    private static BudgetHeadroom ToHeadroom(HeadroomRequest h) => new(h.FundId, h.BudgetLineId.ToString(), h.Remaining);
}
