using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Funds;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Scope changes (W WF-9): the owner's finance officer proposes a service outside the pool (Pot B, W:616; Pot C with
/// the change in legislation it relies on, W:617) with its risk assessment (W:620); each partner body's approver
/// decides for its own body, as settlement approvals are recorded; the last approval creates the line, reclassified
/// to Pot A from Pot B, and moves it into the pool in the same save. Open book to the fund's partners.
/// </summary>
public static class ScopeChangesApi
{
    private static readonly PartnerTag Tag = FinanceTags.ScopeChanges;

    public static void MapScopeChangesApi(this WebApplication app)
    {
        var changes = app.MapGroup("/api/v1/funds/{fundId:guid}/scope-changes");
        changes.MapGet("/", async (Guid fundId, ClaimsPrincipal user, PooledFinanceStore store) =>
        {
            await PoolCaller.OpenFund(store, user, fundId);
            return (await store.Aggregates<ScopeChange>().List(fundId.ToString())).OrderBy(c => c.ProposedOn)
                .Select(ScopeChangeView.Of).ToList();
        }).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "listScopeChanges", "List the fund's scope changes",
                "Every service proposed for the pool, oldest first, with each partner's decision (open book, W:716).",
                Status404NotFound);
        changes.MapGet("/{id:guid}", async (Guid fundId, Guid id, ClaimsPrincipal user, PooledFinanceStore store) =>
        {
            await PoolCaller.OpenFund(store, user, fundId);
            return ScopeChangeView.Of(OfFund(await store.Aggregates<ScopeChange>().Get(id), fundId));
        }).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "getScopeChange", "Read a scope change",
                "The proposal, its risk assessment, each partner's decision and, once pooled, its line.",
                Status404NotFound);
        changes.MapPost("/", Propose).RequireAuthorization(PooledFinancePolicies.ProposesScopeChanges)
            .Documented(Tag, "proposeScopeChange", "Propose a service for the pool",
                "The owning body's finance officer proposes a Pot B service (W:616), or a Pot C one naming the change "
                + "in legislation it relies on (W:617), with its risk assessment (W:620); Pot D never enters a pool "
                + "(W:618). A code is used once per fund and year.", Status400BadRequest, Status404NotFound,
                Status409Conflict, Status422UnprocessableEntity);
        changes.MapPost("/{id:guid}/decisions", Decide).RequireAuthorization(PooledFinancePolicies.DecidesScopeChanges)
            .Documented(Tag, "decideScopeChange", "Approve or reject a scope change for a partner body",
                "Each partner's approver decides once for its own body; when every partner has approved, the line is "
                + "created (Pot B reclassified to Pot A, Pot C with its change in legislation), its budget posted and "
                + "the line moved into the pool; a rejection leaves the service out of scope.", Status400BadRequest,
                Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
    }

    private static async Task<Created<ScopeChangeView>> Propose(Guid fundId, NewScopeChange r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (_, agreement, actor) = await PoolCaller.OpenFund(store, user, fundId, ActorRole.FinanceOfficer);
        var books = await FundBooks.Load(store, fundId, "fundId");
        var change = ScopeChange.Propose(agreement, books.Fund, r.ToProposal());
        PoolAccess.RequireChange(actor, change);
        books.RequireNewCode(change.Year, change.Code);
        store.Aggregates<ScopeChange>().Add(change, key: fundId.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/funds/{fundId}/scope-changes/{change.Id}", ScopeChangeView.Of(change));
    }

    /// <summary>
    /// Records one body's decision; the last approval adds the line, its budget and what held contracts and staffing
    /// forecasts commit on its code, all in the decision's save (as a line added directly would be).
    /// </summary>
    private static async Task<ScopeChangeView> Decide(Guid fundId, Guid id, ScopeDecisionRequest r,
        ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (_, agreement, actor) = await PoolCaller.OpenFund(store, user, fundId, ActorRole.Approver);
        PoolAccess.RequireApproveFor(actor, r.PartnerBodyId);
        var books = await FundBooks.Load(store, fundId, "fundId");
        var held = await books.HeldCommitments();
        var change = await store.Change<ScopeChange>(id, c =>
        {
            if (OfFund(c, fundId).Decide(agreement, books.Fund, r.ToDecision()) is not { } line) return;
            books.RequireNewCode(line.Year, line.Code);
            store.Aggregates<BudgetLine>().Add(line, key: fundId.ToString());
            books.StageNewLine(line, held);
        });
        return ScopeChangeView.Of(change);
    }

    private static ScopeChange OfFund(ScopeChange change, Guid fundId) => change.FundId == fundId ? change
        : throw RuleViolation.NotFound("id", $"{change.Id} is not a scope change of this fund.");
}
