using Commissioning.Domain;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Domain.Position;

/// <summary>Budget, committed, actual and forecast outturn; variance is forecast less budget (positive = overspend).</summary>
public sealed record PositionFigures(decimal Budget, decimal Committed, decimal Actual, decimal Forecast)
{
    public static readonly PositionFigures Zero = new(0, 0, 0, 0);
    public decimal Variance => Forecast - Budget;

    public PositionFigures Plus(PositionFigures other) =>
        new(Budget + other.Budget, Committed + other.Committed, Actual + other.Actual, Forecast + other.Forecast);
}

public sealed record LinePosition(Guid BudgetLineId, string Code, string Name, Guid OwnerBodyId, PositionFigures Figures);

public sealed record PartnerPosition(Guid PartnerBodyId, PositionFigures Figures);

/// <summary>
/// A fund's position at the end of a month of the financial year, by line and by partner (W's joint
/// monthly report). Entries posted after the month are left out, so past months can be re-run.
/// </summary>
/// <remarks>
/// Decision: a line with no forecast posted is forecast at its budget (no variance), as a finance
/// officer reports a line nobody has flagged. Budget, commitments and actuals are the sums of their
/// entries, reversals included.
/// </remarks>
public sealed record FundPosition(Guid FundId, FinancialYear Year, int Month, IReadOnlyList<LinePosition> Lines,
    IReadOnlyList<PartnerPosition> Partners, PositionFigures Total)
{
    public static FundPosition Calculate(Fund fund, IEnumerable<BudgetLine> lines, IEnumerable<LedgerEntry> entries,
        FinancialYear year, int month)
    {
        RuleViolation.Require(month is >= 1 and <= 12, "month", "Month 1 is April, month 12 is March.");
        var fundLines = lines.Where(l => l.FundId == fund.Id && l.Year == year).ToList();
        var sums = fundLines.ToDictionary(l => l.Id, _ => new decimal[4]);
        var forecastPosted = new HashSet<Guid>();
        var end = year.Start.AddMonths(month).AddDays(-1);
        foreach (var entry in entries)
        {
            if (entry.FundId != fund.Id || entry.PostingDate < year.Start || entry.PostingDate > end) continue;
            if (!sums.TryGetValue(entry.BudgetLineId, out var sum)) continue;
            sum[(int)entry.Kind] += entry.Amount;
            if (entry.Kind == EntryKind.Forecast) forecastPosted.Add(entry.BudgetLineId);
        }

        var linePositions = fundLines.Select(l =>
        {
            var s = sums[l.Id];
            var forecast = forecastPosted.Contains(l.Id) ? s[(int)EntryKind.Forecast] : s[(int)EntryKind.Budget];
            var figures = new PositionFigures(s[(int)EntryKind.Budget], s[(int)EntryKind.Commitment], s[(int)EntryKind.Actual], forecast);
            return new LinePosition(l.Id, l.Code, l.Name, l.OwnerBodyId, figures);
        }).ToList();
        var partners = linePositions.GroupBy(l => l.OwnerBodyId)
            .Select(g => new PartnerPosition(g.Key, g.Aggregate(PositionFigures.Zero, (acc, l) => acc.Plus(l.Figures))))
            .ToList();
        var total = partners.Aggregate(PositionFigures.Zero, (acc, p) => acc.Plus(p.Figures));
        return new FundPosition(fund.Id, year, month, linePositions, partners, total);
    }
}
