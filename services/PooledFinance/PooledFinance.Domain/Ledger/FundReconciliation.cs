using Commissioning.Domain;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Planning;
using PooledFinance.Domain.Position;

namespace PooledFinance.Domain.Ledger;

/// <summary>A figure a partner states for one budget line (by its code).</summary>
public sealed record StatedLine(string Code, decimal Amount);

/// <summary>A stated total and the parts it claims to add up to, as a seed table prints them.</summary>
public sealed record StatedTable(string Where, decimal Total, IReadOnlyList<PlanLine> Parts);

/// <summary>What a partner states about a fund's year: its total, its lines, and any tables of its own.</summary>
public sealed record StatedFigures(decimal? FundTotal = null, IReadOnlyList<StatedLine>? Lines = null, IReadOnlyList<StatedTable>? Tables = null);

/// <summary>
/// A fund's year reconciled: every budget line's own amount against the budget the ledger holds for
/// it, and then whatever the partners state (the fund's total against the sum of its lines in the
/// ledger, a line's stated budget against the ledger, a stated table against its own parts). Every
/// difference is kept with both figures, however small (W:398: BCF £47.9m stated, £22.5m + £25.5m given).
/// </summary>
public static class FundReconciliation
{
    /// <param name="position">The fund's position at month 12 of the year: the ledger's budget by line.</param>
    public static Reconciliation Reconcile(FundPosition position, IEnumerable<BudgetLine> lines, StatedFigures? stated = null)
    {
        var reconciliation = new Reconciliation();
        var byLine = position.Lines.ToDictionary(l => l.BudgetLineId);
        var fundLines = lines.Where(l => byLine.ContainsKey(l.Id)).ToList();
        foreach (var line in fundLines)
            reconciliation.Equal($"{position.Year} {line.Code} budget line against its ledger budget", line.SignedAmount, byLine[line.Id].Figures.Budget);
        if (stated is null) return reconciliation;

        if (stated.FundTotal is { } total)
            reconciliation.Sum($"{position.Year} fund total against the sum of its lines", total, position.Lines.Select(l => l.Figures.Budget));
        var byCode = fundLines.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var (statedLine, index) in (stated.Lines ?? []).Select((l, i) => (l, i)))
        {
            var line = byCode.GetValueOrDefault(statedLine.Code)
                ?? throw RuleViolation.NotFound($"lines[{index}].code", $"'{statedLine.Code}' is not a line of this fund in {position.Year}.");
            reconciliation.Equal($"{position.Year} {line.Code} stated budget against the ledger", statedLine.Amount, byLine[line.Id].Figures.Budget);
        }
        foreach (var table in stated.Tables ?? [])
            reconciliation.Sum(table.Where, table.Total, table.Parts.Select(p => p.Amount));
        return reconciliation;
    }
}
