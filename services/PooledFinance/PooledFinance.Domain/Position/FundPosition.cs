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
/// The sum of one budget line's entries of one kind over a period, and how many entries made it.
/// The store computes these with one GROUP BY; <see cref="Of"/> does the same over entries in memory.
/// </summary>
public sealed record LedgerTotal(Guid BudgetLineId, EntryKind Kind, decimal Amount, int Entries)
{
    /// <summary>The totals of a fund's entries posted from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IReadOnlyList<LedgerTotal> Of(IEnumerable<LedgerEntry> entries, Guid fundId, DateOnly from, DateOnly to) =>
        entries.Where(e => e.FundId == fundId && e.PostingDate >= from && e.PostingDate <= to)
            .GroupBy(e => (e.BudgetLineId, e.Kind))
            .Select(g => new LedgerTotal(g.Key.BudgetLineId, g.Key.Kind, g.Sum(e => e.Amount), g.Count()))
            .ToList();
}

/// <summary>
/// A fund's position at the end of a month of the financial year, by line and by partner (W's joint
/// monthly report). Entries posted after the month are left out, so past months can be re-run.
/// </summary>
/// <remarks>
/// Decision: a line with no forecast posted is forecast at its budget (no variance), as a finance
/// officer reports a line nobody has flagged; a line whose forecasts were all reversed still has a
/// forecast posted (of zero until reforecast). Budget, commitments and actuals are the sums of their
/// entries, reversals included.
/// </remarks>
public sealed record FundPosition(Guid FundId, FinancialYear Year, int Month, IReadOnlyList<LinePosition> Lines,
    IReadOnlyList<PartnerPosition> Partners, PositionFigures Total)
{
    /// <summary>The last day of month <paramref name="month"/> of the year (1 = April, 12 = March).</summary>
    public static DateOnly MonthEnd(FinancialYear year, int month)
    {
        VarianceRules.MonthOfTheYear.Require(month is >= 1 and <= 12, "month", "Month 1 is April, month 12 is March.");
        return year.Start.AddMonths(month).AddDays(-1);
    }

    /// <summary>The position from entries in memory (a few, as in the domain's own tests).</summary>
    public static FundPosition FromEntries(Fund fund, IEnumerable<BudgetLine> lines, IEnumerable<LedgerEntry> entries,
        FinancialYear year, int month) =>
        Calculate(fund, lines, LedgerTotal.Of(entries, fund.Id, year.Start, MonthEnd(year, month)), year, month);

    /// <summary>The position from the line-by-kind totals of the year's entries up to the end of the month.</summary>
    public static FundPosition Calculate(Fund fund, IEnumerable<BudgetLine> lines, IEnumerable<LedgerTotal> totals,
        FinancialYear year, int month)
    {
        MonthEnd(year, month);
        var fundLines = lines.Where(l => l.FundId == fund.Id && l.Year == year).ToList();
        var sums = fundLines.ToDictionary(l => l.Id, _ => new decimal[4]);
        var forecastPosted = new HashSet<Guid>();
        foreach (var lineTotal in totals)
        {
            if (!sums.TryGetValue(lineTotal.BudgetLineId, out var sum)) continue;
            sum[(int)lineTotal.Kind] += lineTotal.Amount;
            if (lineTotal.Kind == EntryKind.Forecast && lineTotal.Entries > 0) forecastPosted.Add(lineTotal.BudgetLineId);
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
