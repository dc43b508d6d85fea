namespace Returns.Domain.PoolReports;

/// <summary>
/// The columns of the pool's report to partners, in file order: the period and host, the fund and its Pool
/// Manager, the line (TOTAL for the fund's own row), and budget, forecast and variances (C_plymouth_halton L772:
/// "budget, forecast, variances"), with commitments and actuals to date beside them.
/// </summary>
public static class PoolReportHeaders
{
    public const string PeriodEnd = "Period_End";
    public const string Host = "Host_Code";
    public const string FundId = "Fund_ID";
    public const string Fund = "Fund";
    public const string FundKind = "Fund_Kind";
    public const string PoolManager = "Pool_Manager";
    public const string LineCode = "Line_Code";
    public const string Line = "Line";
    public const string Budget = "Budget";
    public const string Committed = "Committed";
    public const string Actual = "Actual";
    public const string Forecast = "Forecast_Outturn";
    public const string Variance = "Forecast_Variance";
    public const string VariancePercent = "Variance_Percent";

    /// <summary>The line code of a fund's own row, the sum of its lines.</summary>
    public const string Total = "TOTAL";

    public static readonly IReadOnlyList<string> All =
    [
        PeriodEnd, Host, FundId, Fund, FundKind, PoolManager, LineCode, Line, Budget, Committed, Actual, Forecast,
        Variance, VariancePercent,
    ];
}
