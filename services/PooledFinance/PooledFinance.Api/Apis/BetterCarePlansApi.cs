using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.BetterCare;
using PooledFinance.Domain.Funds;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// BCF plans on a Better Care Fund (S:22-33): drafted by a partner's finance officer or the pool manager, read by
/// every partner, signed off by each partner's approver, submitted by the fund's pool manager (the host's) once every
/// check passes.
/// </summary>
public static class BetterCarePlansApi
{
    public static void MapBetterCarePlansApi(this WebApplication app)
    {
        var plans = app.MapGroup("/api/v1/funds/{fundId:guid}/bcf-plans");
        plans.MapGet("/", List).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(FinanceTags.Funds, "listBetterCarePlans", "List the fund's BCF plans",
                "Each plan with the CCG's 3% transfer, who bears a deficit and the checks submission makes.",
                Status404NotFound);
        plans.MapPost("/", Draft).RequireAuthorization(PooledFinancePolicies.DraftsBcfPlans)
            .Documented(FinanceTags.Funds, "draftBetterCarePlan", "Draft a BCF plan for a year",
                "Contributions by partner, the local minimum (S:29), the CCG's budget and when its 3% moves (S:22, "
                + "S:28), the national conditions; on a Better Care Fund only.", Status400BadRequest,
                Status404NotFound, Status409Conflict);
        var plan = app.MapGroup("/api/v1/bcf-plans/{id:guid}");
        plan.MapGet("/", Get).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(FinanceTags.Funds, "getBetterCarePlan", "Read a BCF plan",
                "The plan, its derived figures and findings.", Status404NotFound);
        plan.MapPost("/sign-offs", SignOff).RequireAuthorization(PooledFinancePolicies.SignsOffBcfPlans)
            .Documented(FinanceTags.Funds, "signOffBetterCarePlan", "Record a partner's sign-off",
                "Each partner's approver signs the plan off for its own body (S:30).", Status400BadRequest,
                Status404NotFound);
        plan.MapPost("/submission", Submit).RequireAuthorization(PooledFinancePolicies.SubmitsBcfPlans)
            .Documented(FinanceTags.Funds, "submitBetterCarePlan", "Submit the plan",
                "By the fund's pool manager, who sits with the host; only at or above the local minimum, with the "
                + "CCG's 3% in, every condition met and every partner signed off.", Status400BadRequest,
                Status404NotFound, Status422UnprocessableEntity);
    }

    private static async Task<Ok<List<BetterCarePlanView>>> List(Guid fundId, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var plans = await store.Aggregates<BetterCareFundPlan>().List(fundId.ToString());
        return TypedResults.Ok(plans.OrderBy(p => p.Year.StartYear).Select(BetterCarePlanView.Of).ToList());
    }

    private static async Task<Created<BetterCarePlanView>> Draft(Guid fundId, NewBetterCarePlan r,
        ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (fund, agreement, _) = await PoolCaller.OpenFund(store, user, fundId);
        var year = FinancialYear.Parse(r.FinancialYear);
        var plan = BetterCareFundPlan.Draft(fund, agreement, new BetterCarePlanTerms(year, r.CouncilBodyId,
            r.CcgBodyId, r.CcgBudget, r.TransferTiming, r.LocalMinimum, r.StatedTotal,
            (r.Contributions ?? []).Select(c => new BetterCareContribution(c.BodyId, c.Source, c.Amount)).ToList(),
            (r.Conditions ?? []).Select(c => new NationalCondition(c.Name, c.Met, c.Evidence)).ToList()));
        store.Aggregates<BetterCareFundPlan>().Add(plan, key: fundId.ToString(), new UniqueKey(
            $"bcf-plan:{fundId}:{year}", "financialYear", $"The fund's {year} BCF plan is already drafted."));
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/bcf-plans/{plan.Id}", BetterCarePlanView.Of(plan));
    }

    private static async Task<Ok<BetterCarePlanView>> Get(Guid id, ClaimsPrincipal user, PooledFinanceStore store) =>
        TypedResults.Ok(BetterCarePlanView.Of((await Open(store, user, id, ActorRole.Reader)).Plan));

    private static async Task<Ok<BetterCarePlanView>> SignOff(Guid id, BetterCareSignOff r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (plan, _, actor) = await Open(store, user, id, ActorRole.Approver);
        PoolAccess.RequireApproveFor(actor, r.BodyId);
        plan.SignOff(r.BodyId, r.SignedOn, r.SignedBy);
        await store.SaveChangesAsync();
        return TypedResults.Ok(BetterCarePlanView.Of(plan));
    }

    private static async Task<Ok<BetterCarePlanView>> Submit(Guid id, BetterCareSubmission r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (plan, fund, actor) = await Open(store, user, id, ActorRole.PoolManager);
        PoolAccess.RequirePoolManagerOf(actor, fund, "submits its BCF plan");
        plan.Submit(r.SubmittedOn);
        await store.SaveChangesAsync();
        return TypedResults.Ok(BetterCarePlanView.Of(plan));
    }

    private static async Task<(BetterCareFundPlan Plan, Fund Fund, Actor Actor)> Open(PooledFinanceStore store,
        ClaimsPrincipal user, Guid id, ActorRole capacity)
    {
        var plan = await store.Aggregates<BetterCareFundPlan>().Get(id);
        var (fund, _, actor) = await PoolCaller.OpenFund(store, user, plan.FundId, capacity);
        return (plan, fund, actor);
    }
}
