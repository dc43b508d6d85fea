using Commissioning.Domain;
using Workforce.Domain.Forecasts;

namespace Workforce.Api.Apis;

/// <summary>A forecast for an employer's teams, committed (when named) against a pooled fund's line.</summary>
public sealed record NewStaffingForecast(string Title, Guid? TransferProjectId = null, Guid? FundId = null,
    string? BudgetLineCode = null, decimal RoundingUnit = StaffingForecast.TenThousandPounds)
{
    public FundingLine? Line() => FundId is { } fund ? new FundingLine(fund, BudgetLineCode ?? "") : null;
}

public sealed record TeamBaseRow(string TeamName, decimal Amount);

/// <summary>
/// A year's figures: the team bases (the establishment's staff budgets when none are given) and the
/// percentages (A Table 1: 1% pay award, 2.5% vacancy factor, 1.5% unpaid leave).
/// </summary>
public sealed record ForecastYearRequest(decimal PayAwardPercent, decimal VacancyFactorPercent,
    decimal UnpaidLeavePercent, IReadOnlyList<TeamBaseRow>? Bases = null)
{
    public ForecastAssumptions Assumptions() => new(PayAwardPercent, VacancyFactorPercent, UnpaidLeavePercent);
}

/// <summary>A year's bases as the previous year's uplifted (A R-FIN-05: 1%), with the year's percentages.</summary>
public sealed record ForecastUpliftRequest(decimal UpliftPercent, decimal PayAwardPercent,
    decimal VacancyFactorPercent, decimal UnpaidLeavePercent)
{
    public ForecastAssumptions Assumptions() => new(PayAwardPercent, VacancyFactorPercent, UnpaidLeavePercent);
}

/// <summary>A year as A's Table 1 sets it out, every line rounded to the forecast's unit.</summary>
public sealed record ForecastYearView(int StartYear, IReadOnlyList<TeamBaseRow> Teams, decimal PayAward,
    decimal VacancyFactor, decimal UnpaidLeave, decimal Subtotal)
{
    public static ForecastYearView Of(ForecastYearFigures f) => new(f.Year.StartYear,
        f.Teams.Select(t => new TeamBaseRow(t.TeamName, t.Amount)).ToList(), f.PayAward, f.VacancyFactor,
        f.UnpaidLeave, f.Subtotal);
}

public sealed record StaffingForecastView(Guid Id, Guid EmployerId, string EmployerCode, string Title,
    Guid? TransferProjectId, Guid? FundId, string? BudgetLineCode, decimal RoundingUnit,
    IReadOnlyList<ForecastYearView> Years)
{
    public static StaffingForecastView Of(StaffingForecast f) => new(f.Id, f.EmployerId, f.EmployerCode, f.Title,
        f.TransferProjectId, f.FundingLine?.FundId, f.FundingLine?.BudgetLineCode, f.RoundingUnit,
        f.Years.Select(y => ForecastYearView.Of(f.FiguresFor(y.Year))).ToList());

    public static FinancialYear Year(int startYear) => startYear is >= 1990 and <= 2200
        ? new FinancialYear(startYear)
        : throw RuleViolation.Invalid("startYear", "A financial year by its starting year, e.g. 2018 for 2018/19.");
}
