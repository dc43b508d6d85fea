using System.Globalization;
using Commissioning.Domain;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;
using Returns.Domain.Validation;

namespace Returns.Domain.PoolReports;

/// <summary>
/// The pool's quarterly or annual report to each partner (issue 18 cap. 5; P:L403-405): per fund the council
/// hosts, a row per budget line and the fund's total row, the year to the period's end, so a board pack is a return
/// with the same lifecycle (collected, validated, signed off, submitted, immutable). The total row is pooled
/// finance's own total, so validation can show it ties to the lines.
/// </summary>
public static class PoolReportTable
{
    public const string PooledFinanceSource = "pooled-finance";

    /// <summary>
    /// The source kind of a fund's own row. The total row is told by its source, not its line code: a partner may
    /// code a budget line "TOTAL" too.
    /// </summary>
    public const string FundRecord = "fund";

    /// <summary>Rows are keyed by fund and line id (the fund's id alone for its total), stable across versions.
    /// </summary>
    public static IReadOnlyList<ReturnRow> Rows(CouncilCode host, ReturnPeriod period, IReadOnlyList<HostedFund> funds)
        => [.. funds.SelectMany(f => f.Lines.Select(l => Row($"{f.FundId}:{l.LineId}", host, period, f, l.Code,
                l.Name, l.Figures, new SourceRecord(PooledFinanceSource, "budget-line", l.LineId)))
            .Append(Row(f.FundId, host, period, f, PoolReportHeaders.Total, f.Name, f.Total,
                new SourceRecord(PooledFinanceSource, FundRecord, f.FundId))))];

    public static bool IsFundTotal(ReturnRow row) => row.Source.Kind == FundRecord;

    private static ReturnRow Row(string key, CouncilCode host, ReturnPeriod period, HostedFund fund, string code,
        string name, PositionFigures figures, SourceRecord source)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [PoolReportHeaders.PeriodEnd] = period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [PoolReportHeaders.Host] = host.Value,
            [PoolReportHeaders.FundId] = fund.FundId,
            [PoolReportHeaders.Fund] = fund.Name,
            [PoolReportHeaders.FundKind] = fund.Kind,
            [PoolReportHeaders.PoolManager] = fund.PoolManager,
            [PoolReportHeaders.LineCode] = code,
            [PoolReportHeaders.Line] = name,
            [PoolReportHeaders.Budget] = Pounds(figures.Budget),
            [PoolReportHeaders.Committed] = Pounds(figures.Committed),
            [PoolReportHeaders.Actual] = Pounds(figures.Actual),
            [PoolReportHeaders.Forecast] = Pounds(figures.Forecast),
            [PoolReportHeaders.Variance] = Pounds(figures.Variance),
            // Blank where there is no budget to measure against.
            [PoolReportHeaders.VariancePercent] = figures.Budget == 0 ? null
                : Math.Round(figures.Variance / figures.Budget * 100, 2, MidpointRounding.ToEven)
                    .ToString("0.00", CultureInfo.InvariantCulture),
        };
        return new ReturnRow(key, fields, source);
    }

    /// <summary>A row's figure back from its text, as validation reads it.</summary>
    public static decimal Figure(ReturnRow row, string header) =>
        decimal.Parse(row.Fields[header] ?? "0", NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Pounds(decimal value) =>
        Money.RoundPence(value).ToString("0.00", CultureInfo.InvariantCulture);
}
