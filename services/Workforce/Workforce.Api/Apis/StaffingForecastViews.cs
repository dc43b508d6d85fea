using Commissioning.Domain;
using Workforce.Api.Infrastructure;
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
    IReadOnlyList<ForecastYearView> Years, IReadOnlyList<OneOffYearView> OneOffCosts,
    IReadOnlyList<RecurrentCostView> RecurrentCosts, PensionCostShareView? PensionCostShare)
{
    public static StaffingForecastView Of(StaffingForecast f) => new(f.Id, f.EmployerId, f.EmployerCode, f.Title,
        f.TransferProjectId, f.FundingLine?.FundId, f.FundingLine?.BudgetLineCode, f.RoundingUnit,
        f.Years.Select(y => ForecastYearView.Of(f.FiguresFor(y.Year))).ToList(), OneOffYearView.Of(f),
        f.RecurrentCosts.Select(r => new RecurrentCostView(r.Name, r.From.StartYear, r.Amount, r.ToBeConfirmed))
            .ToList(),
        f.PensionCostShare is { } share ? PensionCostShareView.Of(share) : null);

    public static FinancialYear Year(int startYear) => startYear is >= 1990 and <= 2200
        ? new FinancialYear(startYear)
        : throw WorkforceApiRules.StartYearGiven.Broken("startYear",
            "A financial year by its starting year, e.g. 2018 for 2018/19.");
}

public sealed record OneOffApprovalRequest(decimal Amount, string Body, string Reference);

public sealed record OneOffCostRequest(string Name, decimal Amount);

/// <summary>A recurrent cost from a financial year (its starting year) on; no amount means "to be confirmed".</summary>
public sealed record RecurrentCostRequest(string Name, int FromYear, decimal? Amount = null);

public sealed record RecurrentConfirmation(string Name, decimal Amount);

public sealed record CostShareRow(string EmployerCode, decimal Weight);

public sealed record PensionCostShareRequest(decimal? Amount, IReadOnlyList<CostShareRow>? Shares)
{
    public IReadOnlyList<CostShare> CostShares() =>
        (Shares ?? []).Select(s => new CostShare(s.EmployerCode?.Trim() ?? "", s.Weight)).ToList();
}

public sealed record OneOffCostView(string Name, decimal Amount);

/// <summary>A year's one-off costs against their approval; any excess flagged, not hidden (A §1.1 L197).</summary>
public sealed record OneOffYearView(int StartYear, decimal Approved, string? ApprovedBy, string? ApprovalReference,
    IReadOnlyList<OneOffCostView> Costs, decimal Total, decimal BeyondApproval, bool Flagged)
{
    public static IReadOnlyList<OneOffYearView> Of(StaffingForecast f) => f.OneOffCosts.Select(c => c.Year)
        .Concat(f.Approvals.Select(a => a.Year)).Distinct().OrderBy(y => y.StartYear).Select(year =>
        {
            var position = f.OneOffPositionFor(year);
            var approval = f.Approvals.FirstOrDefault(a => a.Year == year);
            return new OneOffYearView(year.StartYear, position.Approved, approval?.Body, approval?.Reference,
                f.OneOffCosts.Where(c => c.Year == year).Select(c => new OneOffCostView(c.Name, c.Amount)).ToList(),
                position.Total, position.BeyondApproval, position.Flagged);
        }).ToList();
}

public sealed record RecurrentCostView(string Name, int FromYear, decimal? Amount, bool ToBeConfirmed);

public sealed record PensionCostPartView(string EmployerCode, decimal Amount);

public sealed record PensionCostShareView(decimal? Amount, IReadOnlyList<CostShareRow> Shares,
    IReadOnlyList<PensionCostPartView> Parts)
{
    public static PensionCostShareView Of(PensionCostShare share) => new(share.Amount,
        share.Shares.Select(s => new CostShareRow(s.EmployerCode, s.Weight)).ToList(),
        share.Parts().Select(p => new PensionCostPartView(p.EmployerCode, p.Amount)).ToList());
}
