using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Funds;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// An agreement's pot table for a year (W:606-611) as the partners state it: a finance officer or the pool
/// manager records it, every partner reads it with its rows, columns, allocations and Pot A lines checked.
/// </summary>
public static class PotTablesApi
{
    public static void MapPotTablesApi(this WebApplication app)
    {
        var tables = app.MapGroup("/api/v1/agreements/{agreementId:guid}/pot-tables");
        tables.MapGet("/", List).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(FinanceTags.Funds, "listPotTables", "List the agreement's pot tables",
                "Each stated pot table, its pooled (Pot A) and non-pooled totals and what does not tie.",
                Status404NotFound);
        tables.MapPost("/", State).RequireAuthorization(PooledFinancePolicies.StatesPotTables)
            .Documented(FinanceTags.Funds, "statePotTable", "State the agreement's pot table for a year",
                "Rows per body (or part of one) by pot with their totals and allocations, and the column totals "
                + "(W:606-611); kept as stated, checked on every read.", Status400BadRequest, Status404NotFound);
        app.MapGet("/api/v1/pot-tables/{id:guid}", Get).RequireAuthorization(PooledFinancePolicies.ReadsThePool)
            .Documented(FinanceTags.Funds, "getPotTable", "Read a pot table",
                "Each row and column against its total, each row against its allocation (BR-05) and each body's "
                + "Pot A against the Pot A lines of the agreement's funds.", Status404NotFound);
    }

    private static async Task<Ok<List<PotTableView>>> List(Guid agreementId, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        await PoolCaller.OpenAgreement(store, user, agreementId);
        var lines = await LinesOf(store, agreementId);
        var tables = await store.Aggregates<StatedPotTable>().List(agreementId.ToString());
        return TypedResults.Ok(tables.Select(t => PotTableView.Of(t, t.Reconcile(lines))).ToList());
    }

    private static async Task<Created<PotTableView>> State(Guid agreementId, NewPotTable r, ClaimsPrincipal user,
        PooledFinanceStore store)
    {
        var (agreement, _) = await PoolCaller.OpenAgreement(store, user, agreementId);
        PooledFinanceApiRules.PotTotalsGiven.Require(r.Totals is not null, "totals", "A value is required.");
        var table = StatedPotTable.State(agreement, FinancialYear.Parse(r.FinancialYear),
            (r.Rows ?? []).Select(x => x.ToDomain()).ToList(),
            new StatedPotTotals(r.Totals!.A, r.Totals.B, r.Totals.C, r.Totals.D, r.Totals.Grand));
        store.Aggregates<StatedPotTable>().Add(table, key: agreementId.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/pot-tables/{table.Id}",
            PotTableView.Of(table, table.Reconcile(await LinesOf(store, agreementId))));
    }

    private static async Task<Ok<PotTableView>> Get(Guid id, ClaimsPrincipal user, PooledFinanceStore store)
    {
        var table = await store.Aggregates<StatedPotTable>().Get(id);
        await PoolCaller.OpenAgreement(store, user, table.AgreementId);
        return TypedResults.Ok(PotTableView.Of(table, table.Reconcile(await LinesOf(store, table.AgreementId))));
    }

    /// <summary>The lines of every fund under the agreement, pooled and aligned.</summary>
    private static async Task<List<BudgetLine>> LinesOf(PooledFinanceStore store, Guid agreementId)
    {
        var lines = new List<BudgetLine>();
        foreach (var fund in await store.Aggregates<Fund>().List(agreementId.ToString()))
            lines.AddRange(await store.Aggregates<BudgetLine>().List(fund.Id.ToString()));
        return lines;
    }
}
