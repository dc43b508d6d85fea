using Returns.Domain.Returns;
using Returns.Domain.Validation;

namespace Returns.Domain.PoolReports;

/// <summary>
/// Validates a pool report before sign-off (issue 18 cap. 6, "totals that tie"): each fund's total row equals the
/// sum of its lines, figure by figure, to the penny; and a council reports only when it hosts a fund (a report
/// with no fund is a finding on row 0, not an empty board pack signed off by mistake).
/// </summary>
public static class PoolReportValidator
{
    public const string TotalsTie = "TotalsTie";
    public const string HostsAFund = "HostsAFund";

    private static readonly string[] Figures =
    [
        PoolReportHeaders.Budget, PoolReportHeaders.Committed, PoolReportHeaders.Actual, PoolReportHeaders.Forecast,
        PoolReportHeaders.Variance,
    ];

    public static IReadOnlyList<Finding> Validate(IReadOnlyList<ReturnRow> rows)
    {
        if (rows.Count == 0)
            return [new Finding(0, PoolReportHeaders.FundId, HostsAFund, new SourceRecord("statutory-returns",
                "return", "rows"), "The council hosts no fund at the period's end: there is no pool to report on.")];
        var numbered = rows.Select((row, i) => (Row: row, Number: i + 1)).ToList();
        return [.. numbered.GroupBy(r => r.Row.Fields[PoolReportHeaders.FundId]).SelectMany(Tie)];
    }

    private static IEnumerable<Finding> Tie(IEnumerable<(ReturnRow Row, int Number)> fund)
    {
        var rows = fund.ToList();
        var total = rows.Single(r => PoolReportTable.IsFundTotal(r.Row));
        var lines = rows.Where(r => r != total).ToList();
        foreach (var figure in Figures)
        {
            var sum = lines.Sum(l => PoolReportTable.Figure(l.Row, figure));
            var stated = PoolReportTable.Figure(total.Row, figure);
            if (sum != stated)
                yield return new Finding(total.Number, figure, TotalsTie, total.Row.Source,
                    $"The fund's {figure} is {stated:0.00} but its lines sum to {sum:0.00}: collect again.");
        }
    }
}
