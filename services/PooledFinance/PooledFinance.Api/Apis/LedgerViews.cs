using Commissioning.Domain;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Planning;

namespace PooledFinance.Api.Apis;

public sealed record NewPosting(Guid BudgetLineId, EntryKind Kind, decimal Amount, DateOnly PostingDate,
    string Reference);
public sealed record NewReversal(DateOnly PostingDate, string Reason);

/// <summary>A line's figure as a partner's paper states it.</summary>
public sealed record StatedLineRequest(string Code, decimal Amount);

/// <summary>One part of a stated table.</summary>
public sealed record StatedPartRequest(string Name, decimal Amount);

/// <summary>A table of a partner's paper: its total and the parts that should add up to it.</summary>
public sealed record StatedTableRequest(string Where, decimal Total, IReadOnlyList<StatedPartRequest> Parts);

public sealed record StatedFiguresRequest(string FinancialYear, decimal? FundTotal = null,
    IReadOnlyList<StatedLineRequest>? Lines = null, IReadOnlyList<StatedTableRequest>? Tables = null)
{
    public StatedFigures ToFigures() => new(FundTotal, Lines?.Select(l => new StatedLine(l.Code, l.Amount)).ToList(),
        Tables?.Select(t => new StatedTable(t.Where, t.Total,
            t.Parts.Select(p => new PlanLine(p.Name, p.Amount)).ToList())).ToList());
}

/// <summary>What an import posted; a re-sent batch posts nothing and says it was imported already.</summary>
public sealed record ImportResult(Guid BatchId, bool AlreadyImported, int EntriesPosted, decimal Total);

/// <summary>
/// One append-only ledger entry in pounds; a reversal names the entry it cancels, and
/// <c>vatRecoveredBy</c> the body whose VAT regime applied (W:682-683).
/// </summary>
public sealed record LedgerEntryView(Guid Id, Guid FundId, Guid BudgetLineId, Guid PartnerBodyId, EntryKind Kind,
    decimal Amount, DateOnly PostingDate, string Reference, Guid VatRecoveredBy, Guid? BatchId, Guid? ReversesEntryId,
    FinancialYearView Year, int Month)
{
    public static LedgerEntryView Of(LedgerEntry e) => new(e.Id, e.FundId, e.BudgetLineId, e.PartnerBodyId, e.Kind,
        e.Amount, e.PostingDate, e.Reference, e.VatRecoveredBy, e.BatchId, e.ReversesEntryId,
        FinancialYearView.Of(e.Year), e.Month);
}

/// <summary>Entries in posting order; <c>nextAfter</c> names the last one while more remain.</summary>
public sealed record LedgerPage(IReadOnlyList<LedgerEntryView> Entries, Guid? NextAfter);

/// <summary>A stated figure that does not match the ledger, and by how much.</summary>
public sealed record DiscrepancyView(string Where, decimal Stated, decimal Computed, decimal Difference);

/// <summary>How many checks were made of stated figures against the ledger, and what does not tie.</summary>
public sealed record ReconciliationReport(FinancialYearView Year, int ChecksMade, bool Ties,
    IReadOnlyList<DiscrepancyView> Discrepancies)
{
    public static ReconciliationReport Of(FinancialYear year, Reconciliation r) => new(FinancialYearView.Of(year),
        r.ChecksMade, r.Ties,
        r.Discrepancies.Select(d => new DiscrepancyView(d.Where, d.Stated, d.Computed, d.Difference)).ToList());
}
