using System.Globalization;
using System.Text;
using Commissioning.Domain;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.Planning;
using PooledFinance.Domain.Position;
using PooledFinance.Domain.Savings;
using PooledFinance.Domain.Settlement;

namespace PooledFinance.Api.Reports;

public sealed record ReportLine(string Code, string Name, string Partner, decimal Budget, decimal Committed, decimal Actual,
    decimal Forecast, decimal Variance);

public sealed record ReportPartner(Guid PartnerBodyId, string Partner, decimal Budget, decimal Committed, decimal Actual,
    decimal Forecast, decimal Variance);

/// <summary>A forecast overspend on the fund awaiting the partners' joint mitigation (A risk 9, §4.11 L876).</summary>
public sealed record ReportOverspend(Guid ForecastId, string Partner, string PackageId, decimal Overspend,
    DateOnly SignalledOn);

/// <summary>A partner body's savings plan for the year: requirement, delivered, any shortfall (W:427-428).</summary>
public sealed record ReportSavings(Guid PlanId, string Partner, string Programme, decimal Requirement,
    decimal RecurrentDelivered, decimal? Shortfall, string Status, int FindingsAwaitingDecision);

/// <summary>
/// The pool plan's year beside the month's forecast outturn (P:L318-321): the shortfall the forecast gives, how
/// far its overspend against the resource limit exceeds the planned deficit, so both boards see benefits falling
/// short in year (P:L385: early identification); once the year is settled, the settlement's shortfall too.
/// </summary>
public sealed record ReportPoolPlan(Guid PoolPlanId, string Plan, decimal ResourceLimit, decimal PlannedDeficit,
    decimal Benefits, decimal ForecastOutturn, decimal OverspendAgainstResourceLimit, decimal ForecastShortfall,
    Guid? SettlementId, decimal? SettledShortfall, int SourceMismatches);

/// <summary>
/// The joint monthly finance report both boards receive (W: monthly joint reporting to the
/// council's and the CCG's boards): a fund's position at the end of a month by line and by partner,
/// with each partner named, built from the fund's position; then the forecast overspends awaiting joint
/// mitigation, each partner's savings plan for the year and the pool plan's shortfall, the pressures both boards
/// act on.
/// </summary>
public sealed record JointMonthlyReport(Guid FundId, string Fund, string FinancialYear, int Month, string Period,
    DateOnly PeriodEnd, IReadOnlyList<string> Recipients, IReadOnlyList<ReportLine> Lines, IReadOnlyList<ReportPartner> Partners,
    ReportPartner Total, IReadOnlyList<ReportOverspend> ForecastOverspends, IReadOnlyList<ReportSavings> Savings,
    ReportPoolPlan? PoolPlan)
{
    public static JointMonthlyReport From(string fundName, FundPosition position, Partnership partnership,
        IEnumerable<OverspendForecast> overspends, IEnumerable<SavingsPlan> savings, PoolPlan? plan,
        RiskShareSettlement? settlement)
    {
        string Name(Guid body) => partnership.Bodies.FirstOrDefault(b => b.Id == body)?.Name ?? body.ToString();
        var periodEnd = position.Year.Start.AddMonths(position.Month).AddDays(-1);
        return new JointMonthlyReport(position.FundId, fundName, position.Year.ToString(), position.Month,
            $"Month {position.Month} ({periodEnd:MMMM yyyy})", periodEnd,
            partnership.Bodies.Select(b => b.Name).ToList(),
            position.Lines.Select(l => new ReportLine(l.Code, l.Name, Name(l.OwnerBodyId), l.Figures.Budget, l.Figures.Committed,
                l.Figures.Actual, l.Figures.Forecast, l.Figures.Variance)).ToList(),
            position.Partners.Select(p => Summary(p.PartnerBodyId, Name(p.PartnerBodyId), p.Figures)).ToList(),
            Summary(Guid.Empty, "Total", position.Total),
            overspends
                .Where(o => o.Status == OverspendForecastStatus.AwaitingJointMitigation && o.Year == position.Year)
                .OrderBy(o => o.SignalledOn)
                .Select(o => new ReportOverspend(o.Id, Name(o.OwnerBodyId), o.PackageId, o.Overspend, o.SignalledOn))
                .ToList(),
            savings.Where(p => p.Year == position.Year).OrderBy(p => Name(p.BodyId))
                .Select(p => new ReportSavings(p.Id, Name(p.BodyId), p.Programme.ToString(), p.Requirement,
                    p.RecurrentDelivered, p.Shortfall, p.Status.ToString(), p.Decision is null ? p.Findings.Count : 0))
                .ToList(),
            plan is null ? null : PlanOf(new PlanOutturn(plan.PositionFor(position.Year), position.Total.Forecast),
                settlement));
    }

    /// <summary>The settled shortfall only from a settlement measured against this same plan.</summary>
    private static ReportPoolPlan PlanOf(PlanOutturn forecast, RiskShareSettlement? settlement)
    {
        var p = forecast.Planned;
        var settled = settlement?.Inputs.Plan?.Planned.PoolPlanId == p.PoolPlanId ? settlement : null;
        return new ReportPoolPlan(p.PoolPlanId, p.Plan, p.ResourceLimit, p.PlannedDeficit, p.Benefits,
            forecast.Outturn, forecast.OverspendAgainstResourceLimit, forecast.Shortfall, settled?.Id,
            settled?.Inputs.Plan!.Shortfall, p.SourceMismatches.Count);
    }

    /// <summary>
    /// RFC 4180 CSV, one row per line, then one per partner and the fund total, amounts in pounds and
    /// pence with no thousands separators so a spreadsheet reads them as numbers.
    /// </summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.Append(Row("Fund", Fund, "Financial year", FinancialYear, "Period", Period)).Append("\r\n");
        csv.Append(Row("Row", "Line", "Name", "Partner", "Budget", "Committed", "Actual", "Forecast", "Variance")).Append("\r\n");
        foreach (var l in Lines)
            csv.Append(Row("Line", l.Code, l.Name, l.Partner, Pounds(l.Budget), Pounds(l.Committed), Pounds(l.Actual), Pounds(l.Forecast), Pounds(l.Variance))).Append("\r\n");
        foreach (var p in Partners.Append(Total))
            csv.Append(Row(p == Total ? "Total" : "Partner", "", "", p.Partner, Pounds(p.Budget), Pounds(p.Committed), Pounds(p.Actual),
                Pounds(p.Forecast), Pounds(p.Variance))).Append("\r\n");
        foreach (var o in ForecastOverspends)
            csv.Append(Row("Forecast overspend", o.PackageId, $"{o.SignalledOn:yyyy-MM-dd}", o.Partner, "", "", "",
                Pounds(o.Overspend), "")).Append("\r\n");
        foreach (var p in Savings)
            csv.Append(Row("Savings", p.Programme, p.Status, p.Partner, Pounds(p.Requirement), "",
                Pounds(p.RecurrentDelivered), "", p.Shortfall is { } s ? Pounds(s) : "")).Append("\r\n");
        if (PoolPlan is { } plan)
        {
            // The plan's figure in the budget column, the forecast beside it, and what it leaves as the variance.
            csv.Append(Row("Pool plan", plan.Plan, "Resource limit", "", Pounds(plan.ResourceLimit), "", "",
                Pounds(plan.ForecastOutturn), Pounds(plan.OverspendAgainstResourceLimit))).Append("\r\n");
            csv.Append(Row("Pool plan", plan.Plan, "Planned deficit", "", Pounds(plan.PlannedDeficit), "", "", "", ""))
                .Append("\r\n");
            csv.Append(Row("Pool plan", plan.Plan, "Benefits: forecast shortfall", "", Pounds(plan.Benefits), "", "",
                "", Pounds(plan.ForecastShortfall))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static ReportPartner Summary(Guid body, string name, PositionFigures f) =>
        new(body, name, f.Budget, f.Committed, f.Actual, f.Forecast, f.Variance);

    private static string Pounds(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Row(params string[] cells) => string.Join(",", cells.Select(Cell));

    /// <summary>Quotes what needs quoting, and stops a text cell starting like a formula from running in a spreadsheet.</summary>
    private static string Cell(string value)
    {
        var text = value.Length > 0 && "=+-@".Contains(value[0]) && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
