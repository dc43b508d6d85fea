using Commissioning.Domain;

namespace Workforce.Domain.Forecasts;

/// <summary>
/// A year's staffing lines as A's Table 1 sets them out (A §4.9 L840-848), every line rounded to the
/// forecast's unit (£0.01m in A) and the subtotal the sum of the rounded lines, as the table adds:
/// 2018/19 1.06 + 1.04 + 3.09 + 0.05 − 0.13 − 0.08 = 5.03.
/// </summary>
public sealed record ForecastYearFigures(FinancialYear Year, IReadOnlyList<TeamBase> Teams, decimal PayAward,
    decimal VacancyFactor, decimal UnpaidLeave)
{
    public decimal BaseTotal => Teams.Sum(t => t.Amount);

    /// <summary>Rule StaffingSubtotal (A R-FIN-01): base + pay award − vacancy factor − unpaid-leave saving.</summary>
    public decimal Subtotal => BaseTotal + PayAward - VacancyFactor - UnpaidLeave;

    internal static ForecastYearFigures Of(ForecastYear year, decimal unit)
    {
        var teams = year.Bases.Select(b => b with { Amount = Round(b.Amount, unit) }).ToList();
        var total = teams.Sum(t => t.Amount);
        var a = year.Assumptions;
        return new ForecastYearFigures(year.Year, teams, Round(total * a.PayAwardPercent / 100, unit),
            Round(total * a.VacancyFactorPercent / 100, unit), Round(total * a.UnpaidLeavePercent / 100, unit));
    }

    /// <summary>Rule RoundToTheTablesUnit: to the nearest unit, halves away from zero (0.12975m → 0.13m).</summary>
    internal static decimal Round(decimal amount, decimal unit) =>
        Math.Round(amount / unit, 0, MidpointRounding.AwayFromZero) * unit;
}
