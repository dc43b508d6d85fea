namespace PooledFinance.Domain.Ledger;

/// <summary>A place where a stated figure differs from what its parts give.</summary>
public sealed record Discrepancy(string Where, decimal Stated, decimal Computed)
{
    public decimal Difference => Stated - Computed;
}

/// <summary>
/// Checks stated totals against the sums and identities they claim and keeps every difference,
/// however small: the seed documents disagree with themselves by £1k-£2k, and the platform says so
/// rather than rounding it away. No tolerance is applied; reports may choose how to show it.
/// </summary>
public sealed class Reconciliation
{
    private readonly List<Discrepancy> _discrepancies = [];

    public int ChecksMade { get; private set; }
    public IReadOnlyList<Discrepancy> Discrepancies => _discrepancies;
    public bool Ties => _discrepancies.Count == 0;

    public Reconciliation Sum(string where, decimal stated, IEnumerable<decimal> parts) => Equal(where, stated, parts.Sum());

    public Reconciliation Equal(string where, decimal stated, decimal computed)
    {
        ChecksMade++;
        if (stated != computed) _discrepancies.Add(new Discrepancy(where, stated, computed));
        return this;
    }
}
