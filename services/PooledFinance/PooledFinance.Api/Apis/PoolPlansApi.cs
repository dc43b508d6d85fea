using System.Security.Claims;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Planning;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// A pool's multi-year plan under its agreement (P:L306-332): resource limit, planned deficit and the benefits
/// that close the gap, stated by the pool manager and read by every partner (open book, W:716), with its
/// identities checked on every read.
/// </summary>
public static class PoolPlansApi
{
    public static void MapPoolPlansApi(this WebApplication app)
    {
        var plans = app.MapGroup("/api/v1/agreements/{agreementId:guid}/pool-plans");
        plans.MapGet("/", List).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(FinanceTags.Funds, "listPoolPlans", "List the agreement's pool plans",
                "Each multi-year plan with the checks of its identities and what does not tie.", Status404NotFound);
        plans.MapPost("/", State).RequireAuthorization(PooledFinancePolicies.StatesPoolPlans)
            .Documented(FinanceTags.Funds, "statePoolPlan", "State a pool's multi-year plan",
                "The pool manager records the plan as the partners stated it (P:L306-332): spend by line, total, "
                + "resource limit, overspend against it, planned deficit, benefits; and the benefits schedule. "
                + "Mismatches are reported where they are, never corrected.", Status400BadRequest, Status404NotFound);
        app.MapGet("/api/v1/pool-plans/{id:guid}", Get).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(FinanceTags.Funds, "getPoolPlan", "Read a pool plan",
                "The plan, the number of checks made and every figure that does not tie, by how much.",
                Status404NotFound);
    }

    private static async Task<Ok<List<PoolPlanView>>> List(Guid agreementId, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        await PoolCaller.OpenAgreement(store, user, agreementId);
        var plans = await store.Aggregates<PoolPlan>().List(agreementId.ToString());
        return TypedResults.Ok(plans.Select(PoolPlanView.Of).ToList());
    }

    private static async Task<Created<PoolPlanView>> State(Guid agreementId, NewPoolPlan r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (agreement, _) = await PoolCaller.OpenAgreement(store, user, agreementId);
        var plan = PoolPlan.State(agreement, r.Title, (r.Years ?? []).Select(y => y.ToDomain()).ToList(),
            (r.BenefitsSchedule ?? []).Select(b => b.ToDomain()).ToList());
        store.Aggregates<PoolPlan>().Add(plan, key: agreementId.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/pool-plans/{plan.Id}", PoolPlanView.Of(plan));
    }

    private static async Task<Ok<PoolPlanView>> Get(Guid id, ClaimsPrincipal user, PooledFinanceStore store)
    {
        var plan = await store.Aggregates<PoolPlan>().Get(id);
        await PoolCaller.OpenAgreement(store, user, plan.AgreementId);
        return TypedResults.Ok(PoolPlanView.Of(plan));
    }
}
