using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Contributions;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Each partner's contribution to a fund for a year (P:L372: what it would have spent itself): the
/// basis and explicit adjustment lines, agreement with an instalment schedule (four quarterly is
/// common), variations that re-spread the unpaid balance, and receipts. Reserves never enter a pool
/// (P:L379). Every partner reads every contribution (open book, W:716); only the contributing body's
/// finance officer changes its own.
/// </summary>
public static class ContributionsApi
{
    private static readonly PartnerTag Tag = FinanceTags.Contributions;
    private static readonly int[] ChangeProblems = [Status400BadRequest, Status404NotFound,
        Status422UnprocessableEntity];

    public static void MapContributionsApi(this WebApplication app)
    {
        var contributions = app.MapGroup("/api/v1/funds/{fundId:guid}/contributions");
        contributions.MapGet("/", List).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "listContributions", "List the fund's contributions",
                "Every partner's contributions (open book, W:716), of one financialYear when asked.",
                Status400BadRequest, Status404NotFound);
        contributions.MapPost("/", Propose).RequireAuthorization(PooledFinancePolicies.ManagesContributions)
            .Documented(Tag, "proposeContribution", "Propose a partner's contribution",
                "The contributing body's finance officer proposes its basis and adjustment lines; one contribution "
                + "per partner, fund and year; reserves never enter a pool (P:L379).", Status400BadRequest,
                Status404NotFound, Status409Conflict, Status422UnprocessableEntity)
            .WithExample(FinanceExamples.NewContribution, FinanceExamples.Contribution);
        contributions.MapGet("/{id:guid}", async (Guid fundId, Guid id, ClaimsPrincipal user,
            PooledFinanceStore store) =>
        {
            await PoolCaller.OpenFund(store, user, fundId);
            return ContributionView.Of(await Load(store, fundId, id));
        }).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(Tag, "getContribution", "Read a contribution",
                "The contribution, its instalments and receipts.",
                Status404NotFound);
        MapChanges(contributions);
    }

    private static void MapChanges(RouteGroupBuilder contributions)
    {
        var contribution = contributions.MapGroup("/{id:guid}")
            .RequireAuthorization(PooledFinancePolicies.ManagesContributions);
        contribution.MapPost("/adjustments", (Guid fundId, Guid id, AdjustmentLine r, ClaimsPrincipal user,
            PooledFinanceStore store) =>
                Change(store, user, fundId, id, c => c.Adjust(r.Description, r.Amount, r.RecordedOn)))
            .Documented(Tag, "adjustContribution", "Add an adjustment line",
                "An explicit line on the basis, before the contribution is agreed.", ChangeProblems);
        contribution.MapPost("/agreement", (Guid fundId, Guid id, AgreeContribution r, ClaimsPrincipal user,
            PooledFinanceStore store) =>
                Change(store, user, fundId, id, c => c.Agree(r.AgreedOn, r.Frequency)))
            .Documented(Tag, "agreeContribution", "Agree the contribution",
                "Agreement fixes the total and spreads it in annual, quarterly or monthly instalments.",
                    ChangeProblems);
        contribution.MapPost("/variations", (Guid fundId, Guid id, NewVariation r, ClaimsPrincipal user,
            PooledFinanceStore store) =>
                Change(store, user, fundId, id, c => c.Vary(r.Description, r.Amount, r.VariedOn)))
            .Documented(Tag, "varyContribution", "Vary an agreed contribution",
                "A variation changes the total and re-spreads the unpaid balance over the instalments still due.",
                ChangeProblems);
        contribution.MapPost("/receipts", (Guid fundId, Guid id, NewReceipt r, ClaimsPrincipal user,
            PooledFinanceStore store) =>
                Change(store, user, fundId, id, c => c.RecordReceipt(r.Reference, r.Amount, r.ReceivedOn)))
            .Documented(Tag, "recordContributionReceipt", "Record a receipt",
                "Money received against the agreed contribution, never more than is outstanding.", ChangeProblems);
    }

    private static async Task<IReadOnlyList<ContributionView>> List(Guid fundId, string? financialYear,
        ClaimsPrincipal user, PooledFinanceStore store)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var year = financialYear is null ? (FinancialYear?)null : FinancialYear.Parse(financialYear);
        return (await store.Aggregates<Contribution>().List(fundId.ToString()))
            .Where(c => year is null || c.Year == year)
            .Select(ContributionView.Of).ToList();
    }

    /// <summary>
    /// Proposes a partner's contribution with its adjustment lines; one contribution per partner, fund
    /// and year, however many identical requests race (a unique index of the store).
    /// </summary>
    private static async Task<Created<ContributionView>> Propose(Guid fundId, NewContribution r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (fund, agreement, actor) = await PoolCaller.OpenFund(store, user, fundId, ActorRole.FinanceOfficer);
        var year = FinancialYear.Parse(r.FinancialYear);
        var contribution = Contribution.Propose(agreement, fund, r.PartnerBodyId, year, r.Basis, r.BasisAmount,
            r.Source);
        PoolAccess.RequireChange(actor, contribution);
        foreach (var line in r.Adjustments ?? []) contribution.Adjust(line.Description, line.Amount, line.RecordedOn);
        var unique = new UniqueKey($"{fundId}:{r.PartnerBodyId}:{year}", "partnerBodyId",
            $"The partner's {year} contribution to {fund.Name} is already recorded; adjust or vary it.");
        // The unique index decides between racing requests; the look-up also finds contributions stored
        // before the index existed, which carry no unique value.
        var existing = await store.Aggregates<Contribution>().List(fundId.ToString());
        if (existing.Any(c => c.PartnerBodyId == r.PartnerBodyId && c.Year == year))
            throw PooledFinanceApiRules.ContributionOnceAYear.Broken(unique.Field, unique.Conflict);
        store.Aggregates<Contribution>().Add(contribution, key: fundId.ToString(), unique);
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/funds/{fundId}/contributions/{contribution.Id}",
            ContributionView.Of(contribution));
    }

    /// <summary>Load, check the caller is the contributing body's finance officer, apply one operation, save.</summary>
    private static async Task<ContributionView> Change(PooledFinanceStore store, ClaimsPrincipal user, Guid fundId,
        Guid id, Action<Contribution> operation)
    {
        var (_, _, actor) = await PoolCaller.OpenFund(store, user, fundId, ActorRole.FinanceOfficer);
        var contribution = await Load(store, fundId, id);
        PoolAccess.RequireChange(actor, contribution);
        operation(contribution);
        await store.SaveChangesAsync();
        return ContributionView.Of(contribution);
    }

    private static async Task<Contribution> Load(PooledFinanceStore store, Guid fundId, Guid id)
    {
        var contribution = await store.Aggregates<Contribution>().Get(id);
        return contribution.FundId == fundId ? contribution : throw RuleViolation.NotFound("id",
            $"{id} is not a contribution to this fund.");
    }
}
