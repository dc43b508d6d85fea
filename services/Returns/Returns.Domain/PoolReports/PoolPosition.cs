namespace Returns.Domain.PoolReports;

/// <summary>Budget, commitments, actuals and forecast outturn, the year to a period's end, in pounds.</summary>
public sealed record PositionFigures(decimal Budget, decimal Committed, decimal Actual, decimal Forecast)
{
    /// <summary>Forecast outturn less budget: positive is an overspend.</summary>
    public decimal Variance => Forecast - Budget;

    public PositionFigures Plus(PositionFigures other) =>
        new(Budget + other.Budget, Committed + other.Committed, Actual + other.Actual, Forecast + other.Forecast);
}

/// <summary>One budget line of a hosted fund, as pooled finance reports it.</summary>
public sealed record LineFigures(string LineId, string Code, string Name, PositionFigures Figures);

/// <summary>
/// A fund the council hosts, at a period's end, as pooled finance reported it when the return was collected: its
/// lines and the total it gave (which the validation checks against the lines).
/// </summary>
public sealed record HostedFund(string FundId, string Name, string Kind, string PoolManager,
    IReadOnlyList<LineFigures> Lines, PositionFigures Total);
