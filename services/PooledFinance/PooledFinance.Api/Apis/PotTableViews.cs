using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Api.Apis;

/// <param name="Allocation">The allocation or budget the row should tie to, when the partners state one.</param>
public sealed record PotRowView(Guid OwnerBodyId, string Label, decimal A, decimal B, decimal C, decimal D,
    decimal StatedTotal, decimal? Allocation = null)
{
    public StatedPotRow ToDomain() => new(OwnerBodyId, Label, A, B, C, D, StatedTotal, Allocation);
}

public sealed record PotTotalsView(decimal A, decimal B, decimal C, decimal D, decimal Grand);

public sealed record NewPotTable(string FinancialYear, IReadOnlyList<PotRowView> Rows, PotTotalsView Totals);

/// <summary>The stated pot table, its pooled and non-pooled totals, and every check of it made on reading it.</summary>
public sealed record PotTableView(Guid Id, Guid AgreementId, string FinancialYear, IReadOnlyList<PotRowView> Rows,
    PotTotalsView Totals, decimal Pooled, decimal NonPooled, int ChecksMade, bool Ties,
    IReadOnlyList<DiscrepancyView> Discrepancies)
{
    public static PotTableView Of(StatedPotTable t, Reconciliation r) => new(t.Id, t.AgreementId, t.Year.ToString(),
        t.Rows.Select(x => new PotRowView(x.OwnerBodyId, x.Label, x.A, x.B, x.C, x.D, x.StatedTotal, x.Allocation))
            .ToList(),
        new PotTotalsView(t.Totals.A, t.Totals.B, t.Totals.C, t.Totals.D, t.Totals.Grand), t.Pooled, t.NonPooled,
        r.ChecksMade, r.Ties,
        r.Discrepancies.Select(d => new DiscrepancyView(d.Where, d.Stated, d.Computed, d.Difference)).ToList());
}
