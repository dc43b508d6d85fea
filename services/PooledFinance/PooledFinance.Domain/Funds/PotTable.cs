namespace PooledFinance.Domain.Funds;

/// <summary>One owner's budget by pot, as in W's table (W:606-611).</summary>
public sealed record PotRow(Guid OwnerBodyId, decimal A, decimal B, decimal C, decimal D)
{
    public decimal Total => A + B + C + D;
}

/// <summary>The pot table built from budget lines: per owner and in total, with the poolable Pot A sum.</summary>
public sealed record PotTable(IReadOnlyList<PotRow> Rows)
{
    public decimal Poolable => Rows.Sum(r => r.A);
    public decimal GrandTotal => Rows.Sum(r => r.Total);

    public static PotTable From(IEnumerable<BudgetLine> lines) => new(lines
        .GroupBy(l => l.OwnerBodyId)
        .Select(g => new PotRow(g.Key, Sum(g, Pot.A), Sum(g, Pot.B), Sum(g, Pot.C), Sum(g, Pot.D)))
        .ToList());

    private static decimal Sum(IEnumerable<BudgetLine> lines, Pot pot) => lines.Where(l => l.Pot == pot).Sum(l => l.SignedAmount);
}
