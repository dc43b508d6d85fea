using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Access;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

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
    private static readonly PartnerTag Tag = FinanceTags.Ledger;

    public static void MapLedgerApi(this WebApplication app)
    {
        var fund = app.MapGroup("/api/v1/funds/{id:guid}");
        fund.MapGet("/ledger", Page)
            .RequireAuthorization(PooledFinancePolicies.ReadsTheFundBooks).RequirePartnerOfFund("id")
            .Documented(Tag, "listLedgerEntries", "Read the ledger a page at a time",
                $"Entries in posting order, limit at a time (1 to {MaxPageSize}, {DefaultPageSize} unless asked), "
                + "after the entry named by after; nextAfter names the last entry while more remain.",
                Status400BadRequest, Status404NotFound);
        fund.MapPost("/ledger", Post).RequireAuthorization(PooledFinancePolicies.KeepsThePoolBooks)
            .Documented(Tag, "postLedgerEntry", "Post an entry on a line",
                "The finance officer of the body that owns the line posts a budget, commitment, actual or forecast; "
                + "a reference is posted once (the same posting again answers the entry already posted; other "
                + "figures under its reference are a conflict).",
                Status400BadRequest, Status404NotFound, Status409Conflict, Status422UnprocessableEntity)
            .WithExample(FinanceExamples.NewPosting, FinanceExamples.Posting);
        fund.MapPost("/ledger/{entryId:guid}/reversal", Reverse)
            .RequireAuthorization(PooledFinancePolicies.KeepsThePoolBooks)
            .Documented(Tag, "reverseLedgerEntry", "Reverse an entry",
                "Ledgers are append-only: the line owner's finance officer cancels an entry with a reversal, once.",
                Status400BadRequest, Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
        fund.MapPost("/actuals-imports", ActualsImport.Import).Accepts<string>("text/csv")
            .RequireAuthorization(PooledFinancePolicies.KeepsThePoolBooks).RequirePartnerOfFund("id")
            .Documented(Tag, "importActuals", "Import a partner's actuals as CSV",
                "A partner's actuals for its own lines (?financialYear=2017/18&batchId={guid}), posted all or "
                + "nothing in one transaction; a re-sent batch posts nothing (200). Every broken row is reported at "
                + "once (422, errors keyed \"line N, field\").", Status400BadRequest, Status404NotFound,
                Status409Conflict, Status413PayloadTooLarge, Status415UnsupportedMediaType,
                Status422UnprocessableEntity);
        fund.MapGet("/reconciliation", async (Guid id, string financialYear, PooledFinanceStore store,
                CancellationToken ct) => await Reconcile(id, financialYear, null, store, ct))
            .RequireAuthorization(PooledFinancePolicies.ReadsTheFundBooks).RequirePartnerOfFund("id")
            .Documented(Tag, "getReconciliation", "Reconcile the year's ledger",
                "The year's position checked against the fund's lines.", Status400BadRequest, Status404NotFound);
        fund.MapPost("/reconciliation", async (Guid id, StatedFiguresRequest r, PooledFinanceStore store,
                CancellationToken ct) => await Reconcile(id, r.FinancialYear, r.ToFigures(), store, ct))
            .RequireAuthorization(PooledFinancePolicies.ReadsTheFundBooks).RequirePartnerOfFund("id")
            .Documented(Tag, "reconcileStatedFigures", "Reconcile stated figures against the ledger",
                "A partner's stated fund total, line figures and tables checked against the year's ledger; every "
                + "figure that does not tie is listed with its difference.", Status400BadRequest, Status404NotFound);
    }

    /// <summary>A posting on a line, by the finance officer of the body that owns it.</summary>
    private static async Task<LedgerEntryView> Post(Guid id, NewPosting r, ClaimsPrincipal user,
        PooledFinanceStore store, CancellationToken ct)
    {
        var (_, _, actor) = await PoolCaller.OpenFund(store, user, id, ActorRole.FinanceOfficer);
        var books = await FundBooks.Load(store, id);
        PoolAccess.RequireChange(actor, books.Line(r.BudgetLineId));
        return LedgerEntryView.Of(await books.PostOnceAsync(r.BudgetLineId, r.Kind, r.Amount, r.PostingDate,
            r.Reference, ct));
    }

    /// <summary>A reversal, by the finance officer of the body that owns the entry's line.</summary>
    private static async Task<Created<LedgerEntryView>> Reverse(Guid id, Guid entryId, NewReversal r,
        ClaimsPrincipal user, PooledFinanceStore store, CancellationToken ct)
    {
        var (_, _, actor) = await PoolCaller.OpenFund(store, user, id, ActorRole.FinanceOfficer);
        var books = await FundBooks.Load(store, id);
        var lineId = await store.LedgerEntries.AsNoTracking().Where(e => e.FundId == id && e.Id == entryId)
            .Select(e => (Guid?)e.BudgetLineId)
            .SingleOrDefaultAsync(ct) ?? throw RuleViolation.NotFound("entryId",
                $"Entry {entryId} is not in this fund's ledger.");
        PoolAccess.RequireChange(actor, books.Line(lineId, "entryId"));
        var reversal = await books.ReverseAsync(entryId, r.PostingDate, r.Reason, ct);
        return TypedResults.Created($"/api/v1/funds/{id}/ledger", LedgerEntryView.Of(reversal));
    }

    /// <summary>
    /// Entries in posting order, <paramref name="limit"/> at a time (500 unless asked); <c>nextAfter</c>
    /// names the last one while more remain.
    /// </summary>
    private static async Task<LedgerPage> Page(Guid id, Guid? after, int? limit, PooledFinanceStore store,
        CancellationToken ct)
    {
        var size = limit ?? DefaultPageSize;
        PooledFinanceApiRules.LedgerPageSize.Require(size is >= 1 and <= MaxPageSize, "limit",
            $"A page holds 1 to {MaxPageSize} entries.");
        await store.Aggregates<Fund>().Get(id, cancellationToken: ct);
        var entries = store.LedgerEntries.AsNoTracking().Where(e => e.FundId == id);
        if (after is { } afterId)
        {
            var sequence = await entries.Where(e => e.Id == afterId).Select(e => (long?)e.Sequence)
                .SingleOrDefaultAsync(ct)
                ?? throw RuleViolation.NotFound("after", $"Entry {afterId} is not in this fund's ledger.");
            entries = entries.Where(e => e.Sequence > sequence);
        }
        var rows = await entries.OrderBy(e => e.Sequence).Take(size + 1).ToListAsync(ct);
        var page = rows.Take(size).Select(r => LedgerEntryView.Of(r.ToEntry())).ToList();
        return new LedgerPage(page, rows.Count > size ? page[^1].Id : null);
    }

    private static async Task<ReconciliationReport> Reconcile(Guid id, string financialYear, StatedFigures? stated,
        PooledFinanceStore store,
        CancellationToken ct)
    {
        var books = await FundBooks.Load(store, id);
        var position = await books.PositionAsync(FinancialYear.Parse(financialYear), 12, ct);
        var reconciliation = FundReconciliation.Reconcile(position, books.Lines, stated);
        return ReconciliationReport.Of(position.Year, reconciliation);
    }
}
