using Commissioning.Domain;

namespace PooledFinance.Domain.Position;

/// <summary>
/// The pool's reports to each partner (P:L403-405, "quarterly reports to each partners and annual report"):
/// made by the host partner, whose Pool Manager forecasts and reports, on the position of every fund it hosts at
/// the end of a quarter or of the financial year (C_plymouth_halton L772-773: budget, forecast, variances). The
/// figures are open book to every partner (W:716), so any partner may read what the host reports.
/// </summary>
public static class PoolReport
{
    /// <summary>
    /// The month of the financial year (1 = April) whose end a report is taken at: a quarter's last month, or
    /// March for the annual report.
    /// </summary>
    public static int MonthEnding(int? quarter, int? month = null)
    {
        PoolReportRules.QuarterOrYear.Require(month is null, "period.month",
            "A pool reports to its partners for a quarter or for the financial year, not for a month.");
        if (quarter is null) return 12;
        PoolReportRules.QuarterOrYear.Require(quarter is >= 1 and <= 4, "period.quarter",
            $"Quarter {quarter} is not one of the year's four (1 is April to June).");
        return quarter.Value * 3;
    }

    /// <summary>Rule HostNamed: the partner body whose hosted funds are reported, by its code.</summary>
    public static string Host(string? code)
    {
        PoolReportRules.HostNamed.Require(!string.IsNullOrWhiteSpace(code), "host.code",
            "Name the host partner by its code (a council's GSS code, an NHS body's ODS code).");
        return code!.Trim();
    }
}

/// <summary>The rules the pool's reports to partners keep.</summary>
public static class PoolReportRules
{
    public static readonly Rule QuarterOrYear = new("pool-report-quarter-or-year", ViolationKind.Invalid,
        "A pool reports to its partners each quarter and for the year, not for a month.", "P:L405");
    public static readonly Rule HostNamed = new("pool-report-names-its-host", ViolationKind.Invalid,
        "A pool report is the host partner's, whose Pool Manager forecasts and reports on the funds it hosts.",
        "P:L403-405");
}
