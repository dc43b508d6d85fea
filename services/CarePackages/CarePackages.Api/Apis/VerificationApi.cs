using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Planning;
using CarePackages.Domain.Verification;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using static CarePackages.Api.Apis.CarePackagesOperations;

namespace CarePackages.Api.Apis;

/// <summary>
/// The council's verification of a submitted plan: cost checks with their arithmetic, justification,
/// funding split, and the decision within delegated authority (a verifier up to the configured limits,
/// a senior verifier above them). Provider users can neither open nor decide one.
/// </summary>
public static class VerificationApi
{
    private static readonly PartnerTag Tag = CarePackagesTags.Verification;

    public static void MapVerificationApi(this WebApplication app)
    {
        var ofPlan = app.MapGroup("/api/v1/support-plans/{supportPlanId:guid}/verification");
        ofPlan.MapPost("/", Open).RequireAuthorization(CarePackagesPolicies.VerifiesPlans)
            .Documented(Tag, "openVerification", "Open the verification of a submitted plan",
                "A verifier of the council opens it; provider users can neither open nor decide one.", ChangeProblems);
        ofPlan.MapGet("/", async (Guid supportPlanId, CarePackagesStore store) =>
                VerificationView.Of(await store.VerificationOf(supportPlanId)))
            .RequireAuthorization(CarePackagesPolicies.ReadsVerifications)
            .Documented(Tag, "getPlanVerification", "Read the plan's latest verification",
                "A returned plan is verified again after rework: this is the latest.", ReadProblems);

        var read = app.MapGroup("/api/v1/verifications/{id:guid}");
        // The same readers as the plan's verification view: brokers and commissioners read the decision too.
        read.MapGet("/", async (Guid id, CarePackagesStore store) =>
                VerificationView.Of(await store.Aggregates<PlanVerification>().Get(id)))
            .RequireAuthorization(CarePackagesPolicies.ReadsVerifications)
            .Documented(Tag, "getVerification", "Read a verification",
                "Its cost checks with their arithmetic, justifications, funding split and decision.", ReadProblems);
        var verification = read.MapGroup("").RequireAuthorization(CarePackagesPolicies.VerifiesPlans);
        verification.MapPost("/cost-checks", CheckCost)
            .Documented(Tag, "checkCost", "Check a line's cost",
                "Against the contracted rate on the line's start date, asked of the contracts service for the "
                + "locality (none for a spot purchase), and the benchmark band, with the arithmetic.",
                PartnerChangeProblems);
        verification.MapPost("/justifications", (Guid id, JustificationRequest r, CarePackagesStore store) =>
                Decide(store, id, (v, _) => v.Justify(r.LineId, r.Reason)))
            .Documented(Tag, "justifyCost", "Justify a line's cost",
                "A price above the contracted rate or the benchmark band is justified before funding is agreed.",
                ChangeProblems);
        MapDecisions(verification);
    }

    private static void MapDecisions(RouteGroupBuilder verification)
    {
        verification.MapPut("/funding", (Guid id, FundingRequest r, CarePackagesStore store) =>
                Decide(store, id, (v, _) => v.SetFunding(FundingSplit.Create(r.Shares.Select(ToShare).ToList()))))
            .Documented(Tag, "setFunding", "Set the funding split",
                "The shares by funding stream, each charged to a pooled fund's budget line, adding up to 100%.",
                ChangeProblems);
        verification.MapPost("/agreement", Agree)
            .Documented(Tag, "agreeFunding", "Agree the plan's funding",
                "Within the verifier's delegated authority (a senior verifier above the limits), once every need is "
                + "met, every check is justified and the split is set, and only if pooled finance has the headroom "
                + "on each budget line this year.", PartnerChangeProblems);
        verification.MapPost("/return", (Guid id, ReturnRequest r, HttpContext http, CarePackagesStore store) =>
                Decide(store, id, (v, plan) => v.Return(plan, http.AsVerifier(), r.Reasons, r.Note, r.ReturnedOn)))
            .Documented(Tag, "returnPlan", "Return the plan for rework",
                "The plan goes back to its authors with the reasons; it is verified again after rework.",
                ChangeProblems);
        verification.MapPost("/decline", (Guid id, DeclineRequest r, HttpContext http, CarePackagesStore store) =>
                Decide(store, id, (v, plan) => v.Decline(plan, http.AsVerifier(), r.Reason, r.Note, r.DeclinedOn)))
            .Documented(Tag, "declinePlan", "Decline to fund the plan",
                "For one of the recorded reasons, such as another authority being responsible.", ChangeProblems);
    }

    private static async Task<Created<VerificationView>> Open(
        Guid supportPlanId, VerificationOpening r, HttpContext http, CarePackagesStore store)
    {
        var plan = await store.Aggregates<SupportPlan>().Get(supportPlanId, "supportPlanId");
        var verification = PlanVerification.Open(plan, http.AsVerifier(), r.OpenedOn);
        store.Aggregates<PlanVerification>().Add(verification, LookupKeys.Of(plan.Id));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/verifications/{verification.Id}", VerificationView.Of(verification));
    }

    private static async Task<VerificationView> CheckCost(
        Guid id, CostCheckRequest r, CarePackagesStore store, ContractsClient contracts)
    {
        var verification = await store.Aggregates<PlanVerification>().Get(id);
        var plan = await store.Aggregates<SupportPlan>().Get(verification.SupportPlanId, "supportPlanId");
        var line = plan.CostLines.SingleOrDefault(l => l.Id == r.LineId)
            ?? throw RuleViolation.NotFound("lineId", "No such cost line on this plan.");
        decimal? rate = string.IsNullOrWhiteSpace(r.Locality) ? null
            : await contracts.ContractedUnitRate(line.ServiceType, line.Cost.Frequency, r.Locality, line.StartDate);
        verification.CheckCost(plan, r.LineId, rate, new BenchmarkBand(r.BenchmarkLower, r.BenchmarkUpper));
        await store.SaveChangesAsync();
        return VerificationView.Of(verification);
    }

    /// <summary>
    /// Everything the verifier can be refused for (authority, needs, checks, funding) is checked before
    /// pooled finance is asked, so a verifier above its limit hears 403 even while pooled finance is down.
    /// </summary>
    private static async Task<VerificationView> Agree(Guid id, AgreementRequest r, HttpContext http,
        CarePackagesStore store, CarePackagesRules rules, FinanceClient finance)
    {
        var verification = await store.Aggregates<PlanVerification>().Get(id);
        var plan = await store.Aggregates<SupportPlan>().Get(verification.SupportPlanId, "supportPlanId");
        verification.EnsureAgreeable(plan, http.AsVerifier(), rules.Authority);
        var headroom = await finance.Headroom(plan, verification.Funding);
        verification.Agree(plan, http.AsVerifier(), rules.Authority, headroom, r.AgreedOn);
        await store.SaveChangesAsync();
        return VerificationView.Of(verification);
    }

    /// <summary>The plan's latest verification (a returned plan is verified again after rework).</summary>
    public static async Task<PlanVerification> VerificationOf(this CarePackagesStore store, Guid supportPlanId) =>
        (await store.Aggregates<PlanVerification>().List(LookupKeys.Of(supportPlanId)))
        .OrderBy(v => v.OpenedOn).LastOrDefault()
        ?? throw RuleViolation.NotFound("supportPlanId", "The plan has not been put to verification.");

    /// <summary>
    /// Load the verification with its plan, apply one step, save both (a decision changes the plan's
    /// status too).
    /// </summary>
    private static async Task<VerificationView> Decide(
        CarePackagesStore store, Guid id, Action<PlanVerification, SupportPlan> step)
    {
        var verification = await store.Aggregates<PlanVerification>().Get(id);
        var plan = await store.Aggregates<SupportPlan>().Get(verification.SupportPlanId, "supportPlanId");
        step(verification, plan);
        await store.SaveChangesAsync();
        return VerificationView.Of(verification);
    }

    private static FundingShare ToShare(FundingShareRequest s) =>
        new(s.Stream, s.Percent, s.FundId, s.BudgetLineId == Guid.Empty ? "" : s.BudgetLineId.ToString(), s.BcfScheme);
}
