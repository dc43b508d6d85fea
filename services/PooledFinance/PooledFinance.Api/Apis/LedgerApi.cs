using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Api.Apis;

public sealed record NewPosting(Guid BudgetLineId, EntryKind Kind, decimal Amount, DateOnly PostingDate, string Reference);
public sealed record NewReversal(DateOnly PostingDate, string Reason);
public sealed record LedgerPage(IReadOnlyList<LedgerEntry> Entries, Guid? NextAfter);
public sealed record ImportResult(Guid BatchId, bool AlreadyImported, int EntriesPosted, decimal Total);
public sealed record StatedFiguresRequest(string FinancialYear, decimal? FundTotal = null, IReadOnlyList<StatedLine>? Lines = null,
    IReadOnlyList<StatedTable>? Tables = null);
public sealed record ReconciliationReport(FinancialYear Year, int ChecksMade, bool Ties, IReadOnlyList<Discrepancy> Discrepancies);

/// <summary>
/// A fund's append-only ledger: read in pages in posting order, one posting at a time, reversals,
/// partners' actuals imported as CSV in one transaction, and the reconciliation of stated figures
/// against it. Every partner's finance staff, commissioners and auditors read it (open book); a posting,
/// a reversal or an import touches only the caller's own body's lines.
/// </summary>
public static class LedgerApi
{
    public const int DefaultPageSize = 500;
    public const int MaxPageSize = 5_000;
    private static readonly string[] Finance = [Roles.FinanceOfficer, Roles.PoolManager];
    private static readonly string[] Readers = [Roles.FinanceOfficer, Roles.PoolManager, Roles.Commissioner, Roles.Auditor];

    public static void MapLedgerApi(this WebApplication app)
    {
        var fund = app.MapGroup("/api/v1/funds/{id:guid}").WithTags("Ledger");
        fund.MapGet("/ledger", Page).RequireAuthorization(p => p.RequireRole(Readers)).RequirePartnerOfFund("id");
        fund.MapPost("/ledger", Post).RequireAuthorization(p => p.RequireRole(Finance));
        fund.MapPost("/ledger/{entryId:guid}/reversal", Reverse).RequireAuthorization(p => p.RequireRole(Finance));
        fund.MapPost("/actuals-imports", ActualsImport.Import).Accepts<string>("text/csv")
            .RequireAuthorization(p => p.RequireRole(Finance)).RequirePartnerOfFund("id");
        fund.MapGet("/reconciliation", async (Guid id, string financialYear, PooledFinanceStore store, CancellationToken ct) =>
                await Reconcile(id, financialYear, null, store, ct))
            .RequireAuthorization(p => p.RequireRole(Readers)).RequirePartnerOfFund("id");
        fund.MapPost("/reconciliation", async (Guid id, StatedFiguresRequest r, PooledFinanceStore store, CancellationToken ct) =>
                await Reconcile(id, r.FinancialYear, new StatedFigures(r.FundTotal, r.Lines, r.Tables), store, ct))
            .RequireAuthorization(p => p.RequireRole(Readers)).RequirePartnerOfFund("id");
    }

    /// <summary>A posting on a line, by the finance officer of the body that owns it.</summary>
    private static async Task<LedgerEntry> Post(Guid id, NewPosting r, ClaimsPrincipal user, PooledFinanceStore store, CancellationToken ct)
    {
        var (_, _, actor) = await PoolCaller.OpenFund(store, user, id, ActorRole.FinanceOfficer);
        var books = await FundBooks.Load(store, id);
        PoolAccess.RequireChange(actor, books.Line(r.BudgetLineId));
        return await books.PostOnceAsync(r.BudgetLineId, r.Kind, r.Amount, r.PostingDate, r.Reference, ct);
    }

    /// <summary>A reversal, by the finance officer of the body that owns the entry's line.</summary>
    private static async Task<IResult> Reverse(Guid id, Guid entryId, NewReversal r, ClaimsPrincipal user, PooledFinanceStore store, CancellationToken ct)
    {
        var (_, _, actor) = await PoolCaller.OpenFund(store, user, id, ActorRole.FinanceOfficer);
        var books = await FundBooks.Load(store, id);
        var lineId = await store.LedgerEntries.AsNoTracking().Where(e => e.FundId == id && e.Id == entryId).Select(e => (Guid?)e.BudgetLineId)
            .SingleOrDefaultAsync(ct) ?? throw RuleViolation.NotFound("entryId", $"Entry {entryId} is not in this fund's ledger.");
        PoolAccess.RequireChange(actor, books.Line(lineId, "entryId"));
        return Results.Created($"/api/v1/funds/{id}/ledger", await books.ReverseAsync(entryId, r.PostingDate, r.Reason, ct));
    }

    /// <summary>Entries in posting order, <paramref name="limit"/> at a time (500 unless asked); <c>nextAfter</c> names the last one while more remain.</summary>
    private static async Task<LedgerPage> Page(Guid id, Guid? after, int? limit, PooledFinanceStore store, CancellationToken ct)
    {
        var size = limit ?? DefaultPageSize;
        RuleViolation.Require(size is >= 1 and <= MaxPageSize, "limit", $"A page holds 1 to {MaxPageSize} entries.");
        await store.Aggregates<Fund>().Get(id, cancellationToken: ct);
        var entries = store.LedgerEntries.AsNoTracking().Where(e => e.FundId == id);
        if (after is { } afterId)
        {
            var sequence = await entries.Where(e => e.Id == afterId).Select(e => (long?)e.Sequence).SingleOrDefaultAsync(ct)
                ?? throw RuleViolation.NotFound("after", $"Entry {afterId} is not in this fund's ledger.");
            entries = entries.Where(e => e.Sequence > sequence);
        }
        var rows = await entries.OrderBy(e => e.Sequence).Take(size + 1).ToListAsync(ct);
        var page = rows.Take(size).Select(r => r.ToEntry()).ToList();
        return new LedgerPage(page, rows.Count > size ? page[^1].Id : null);
    }

    private static async Task<ReconciliationReport> Reconcile(Guid id, string financialYear, StatedFigures? stated, PooledFinanceStore store,
        CancellationToken ct)
    {
        var books = await FundBooks.Load(store, id);
        var position = await books.PositionAsync(FinancialYear.Parse(financialYear), 12, ct);
        var reconciliation = FundReconciliation.Reconcile(position, books.Lines, stated);
        return new ReconciliationReport(position.Year, reconciliation.ChecksMade, reconciliation.Ties, reconciliation.Discrepancies);
    }
}
