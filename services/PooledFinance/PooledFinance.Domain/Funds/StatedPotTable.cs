using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Funds;

/// <summary>
/// One row of a pot table as the partners state it (W:606-611): a body's budget (or a part of it, as Wirral
/// states Public Health apart from the council) by pot, its stated total, and the allocation it should tie
/// to when one is stated (BR-05: the CCG's £509.3m allocation, the £29.9m Public Health grant).
/// </summary>
public sealed record StatedPotRow(Guid OwnerBodyId, string Label, decimal A, decimal B, decimal C, decimal D,
    decimal StatedTotal, decimal? Allocation);

/// <summary>The table's stated column totals and grand total.</summary>
public sealed record StatedPotTotals(decimal A, decimal B, decimal C, decimal D, decimal Grand);

/// <summary>
/// The pooling baseline of an agreement for a year as the partners wrote it (W:606-611), kept as stated, with
/// its identities checked on every read: each row sums to its total, each column to its column total, the
/// grand total to both; each row ties to its stated allocation (BR-05 flags the council's 79.1 against the
/// £77.8m net budget); and each body's Pot A ties to the Pot A lines the agreement's funds hold for it. Pooled
/// is Pot A; non-pooled is B + C + D (BR-10: £519.7m and £98.6m of £618.3m).
/// </summary>
public sealed class StatedPotTable : AggregateRoot
{
    private readonly List<StatedPotRow> _rows = [];

    private StatedPotTable() { }

    public Guid AgreementId { get; private set; }
    public FinancialYear Year { get; private set; }
    public IReadOnlyList<StatedPotRow> Rows => _rows;
    public StatedPotTotals Totals { get; private set; } = new(0, 0, 0, 0, 0);

    public decimal Pooled => Totals.A;
    public decimal NonPooled => Totals.B + Totals.C + Totals.D;

    public static StatedPotTable State(Section75Agreement agreement, FinancialYear year,
        IReadOnlyList<StatedPotRow> rows, StatedPotTotals totals)
    {
        PotTableRules.StatesARow.Require(rows is { Count: > 0 }, "rows", "A pot table states at least one row.");
        foreach (var row in rows)
        {
            agreement.RequirePartner(row.OwnerBodyId, "ownerBodyId");
            Amounts.Text(row.Label, "label");
            foreach (var cell in new[] { row.A, row.B, row.C, row.D, row.StatedTotal, row.Allocation ?? 0 })
                Amounts.NonNegative(cell, "rows");
        }
        foreach (var cell in new[] { totals.A, totals.B, totals.C, totals.D, totals.Grand })
            Amounts.NonNegative(cell, "totals");
        var table = new StatedPotTable { AgreementId = agreement.Id, Year = year, Totals = totals };
        table._rows.AddRange(rows.Select(r => r with { Label = r.Label.Trim() }));
        return table;
    }

    /// <summary>The table's identities, then each body's Pot A against the lines in <paramref name="lines"/>.</summary>
    public Reconciliation Reconcile(IEnumerable<BudgetLine> lines)
    {
        var into = new Reconciliation();
        foreach (var row in _rows)
        {
            into.Sum($"{row.Label} total", row.StatedTotal, [row.A, row.B, row.C, row.D]);
            if (row.Allocation is { } allocation)
                into.Equal($"{row.Label} total against its allocation", row.StatedTotal, allocation);
        }
        into.Sum("Pot A total", Totals.A, _rows.Select(r => r.A)).Sum("Pot B total", Totals.B, _rows.Select(r => r.B))
            .Sum("Pot C total", Totals.C, _rows.Select(r => r.C)).Sum("Pot D total", Totals.D, _rows.Select(r => r.D))
            .Sum("Grand total of the rows", Totals.Grand, _rows.Select(r => r.StatedTotal))
            .Sum("Grand total of the columns", Totals.Grand, [Totals.A, Totals.B, Totals.C, Totals.D]);
        var potA = lines.Where(l => l.Year == Year && l.Pot == Pot.A).ToList();
        foreach (var owner in _rows.GroupBy(r => r.OwnerBodyId))
            into.Sum($"{string.Join(" and ", owner.Select(r => r.Label))} Pot A against the pooled lines",
                owner.Sum(r => r.A), potA.Where(l => l.OwnerBodyId == owner.Key).Select(l => l.SignedAmount));
        return into;
    }
}
