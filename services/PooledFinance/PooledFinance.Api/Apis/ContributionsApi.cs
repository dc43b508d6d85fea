using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Contributions;

namespace PooledFinance.Api.Apis;

public sealed record AdjustmentLine(string Description, decimal Amount, DateOnly RecordedOn);
public sealed record NewContribution(Guid PartnerBodyId, string FinancialYear, string Basis, decimal BasisAmount,
    ContributionSource Source, IReadOnlyList<AdjustmentLine>? Adjustments = null);
public sealed record NewVariation(string Description, decimal Amount, DateOnly VariedOn);
public sealed record AgreeContribution(DateOnly AgreedOn, InstalmentFrequency Frequency);
public sealed record NewReceipt(string Reference, decimal Amount, DateOnly ReceivedOn);

/// <summary>
/// Each partner's contribution to a fund for a year (P:L372: what it would have spent itself): the
/// basis and explicit adjustment lines, agreement with an instalment schedule (four quarterly is
/// common), variations that re-spread the unpaid balance, and receipts. Reserves never enter a pool
/// (P:L379). Every partner reads every contribution (open book, W:716); only the contributing body's
/// finance officer changes its own.
/// </summary>
public static class ContributionsApi
{
    public static void MapContributionsApi(this WebApplication app)
    {
        var contributions = app.MapGroup("/api/v1/funds/{fundId:guid}/contributions").WithTags("Contributions");
        contributions.MapGet("/", List).RequireAuthorization(p => p.RequireRole(PoolCaller.Readers));
        contributions.MapPost("/", Propose).RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer));
        contributions.MapGet("/{id:guid}", async (Guid fundId, Guid id, ClaimsPrincipal user, PooledFinanceStore store) =>
        {
            await PoolCaller.OpenFund(store, user, fundId);
            return await Load(store, fundId, id);
        }).RequireAuthorization(p => p.RequireRole(PoolCaller.Readers));
        contributions.MapPost("/{id:guid}/adjustments", (Guid fundId, Guid id, AdjustmentLine r, ClaimsPrincipal user, PooledFinanceStore store) =>
            Change(store, user, fundId, id, c => c.Adjust(r.Description, r.Amount, r.RecordedOn))).RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer));
        contributions.MapPost("/{id:guid}/agreement", (Guid fundId, Guid id, AgreeContribution r, ClaimsPrincipal user, PooledFinanceStore store) =>
            Change(store, user, fundId, id, c => c.Agree(r.AgreedOn, r.Frequency))).RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer));
        contributions.MapPost("/{id:guid}/variations", (Guid fundId, Guid id, NewVariation r, ClaimsPrincipal user, PooledFinanceStore store) =>
            Change(store, user, fundId, id, c => c.Vary(r.Description, r.Amount, r.VariedOn))).RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer));
        contributions.MapPost("/{id:guid}/receipts", (Guid fundId, Guid id, NewReceipt r, ClaimsPrincipal user, PooledFinanceStore store) =>
            Change(store, user, fundId, id, c => c.RecordReceipt(r.Reference, r.Amount, r.ReceivedOn))).RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer));
    }

    private static async Task<IEnumerable<Contribution>> List(Guid fundId, string? financialYear, ClaimsPrincipal user, PooledFinanceStore store)
    {
        await PoolCaller.OpenFund(store, user, fundId);
        var year = financialYear is null ? (FinancialYear?)null : FinancialYear.Parse(financialYear);
        return (await store.Aggregates<Contribution>().List(fundId.ToString())).Where(c => year is null || c.Year == year);
    }

    /// <summary>
    /// Proposes a partner's contribution with its adjustment lines; one contribution per partner, fund
    /// and year, however many identical requests race (a unique index of the store).
    /// </summary>
    private static async Task<IResult> Propose(Guid fundId, NewContribution r, ClaimsPrincipal user, PooledFinanceStore store)
    {
        var (fund, agreement, actor) = await PoolCaller.OpenFund(store, user, fundId, ActorRole.FinanceOfficer);
        var year = FinancialYear.Parse(r.FinancialYear);
        var contribution = Contribution.Propose(agreement, fund, r.PartnerBodyId, year, r.Basis, r.BasisAmount, r.Source);
        PoolAccess.RequireChange(actor, contribution);
        foreach (var line in r.Adjustments ?? []) contribution.Adjust(line.Description, line.Amount, line.RecordedOn);
        var unique = new UniqueKey($"{fundId}:{r.PartnerBodyId}:{year}", "partnerBodyId",
            $"The partner's {year} contribution to {fund.Name} is already recorded; adjust or vary it.");
        // The unique index decides between racing requests; the look-up also finds contributions stored
        // before the index existed, which carry no unique value.
        var existing = await store.Aggregates<Contribution>().List(fundId.ToString());
        if (existing.Any(c => c.PartnerBodyId == r.PartnerBodyId && c.Year == year))
            throw RuleViolation.AlreadyExists(unique.Field, unique.Conflict);
        store.Aggregates<Contribution>().Add(contribution, key: fundId.ToString(), unique);
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/funds/{fundId}/contributions/{contribution.Id}", contribution);
    }

    /// <summary>Load, check the caller is the contributing body's finance officer, apply one operation, save.</summary>
    private static async Task<Contribution> Change(PooledFinanceStore store, ClaimsPrincipal user, Guid fundId, Guid id, Action<Contribution> operation)
    {
        var (_, _, actor) = await PoolCaller.OpenFund(store, user, fundId, ActorRole.FinanceOfficer);
        var contribution = await Load(store, fundId, id);
        PoolAccess.RequireChange(actor, contribution);
        operation(contribution);
        await store.SaveChangesAsync();
        return contribution;
    }

    private static async Task<Contribution> Load(PooledFinanceStore store, Guid fundId, Guid id)
    {
        var contribution = await store.Aggregates<Contribution>().Get(id);
        return contribution.FundId == fundId ? contribution : throw RuleViolation.NotFound("id", $"{id} is not a contribution to this fund.");
    }
}
