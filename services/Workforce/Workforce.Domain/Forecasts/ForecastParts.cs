using Commissioning.Domain;

namespace Workforce.Domain.Forecasts;

/// <summary>A team's base staffing cost for a year (A Table 1: Mental Health Team 3.09 in 2018/19).</summary>
public sealed record TeamBase(string TeamName, decimal Amount);

/// <summary>
/// A year's percentages, applied to the sum of the team bases (A Table 1: 1% pay award, vacancy factor
/// est. 2.5%, 4 days' unpaid leave est. 1.5%).
/// </summary>
public sealed record ForecastAssumptions(decimal PayAwardPercent, decimal VacancyFactorPercent,
    decimal UnpaidLeavePercent)
{
    internal ForecastAssumptions Checked()
    {
        Percent(PayAwardPercent, "payAwardPercent");
        Percent(VacancyFactorPercent, "vacancyFactorPercent");
        Percent(UnpaidLeavePercent, "unpaidLeavePercent");
        return this;
    }

    private static void Percent(decimal value, string field) =>
        ForecastRules.AssumptionIsAPercentage.Require(value is >= 0 and <= 100, field,
            $"{value}% is not a percentage from 0 to 100.");
}

/// <summary>The pooled-fund line the staffing cost is committed against (issue 17 cap. 6).</summary>
public sealed record FundingLine(Guid FundId, string BudgetLineCode);

public sealed record ForecastYear(FinancialYear Year, IReadOnlyList<TeamBase> Bases, ForecastAssumptions Assumptions);

/// <summary>A one-off cost line (A Table 1: Due Diligence 0.04 in 2017/18).</summary>
public sealed record OneOffCost(FinancialYear Year, string Name, decimal Amount);

/// <summary>What a body approved for a year's one-off costs (A §1.1 L197: £250,000 in 2017/18).</summary>
public sealed record OneOffApproval(FinancialYear Year, decimal Amount, string Body, string Reference);

/// <summary>A recurrent cost from a year on: an amount, or to be confirmed (A Table 1 "tbc"); never zero.</summary>
public sealed record RecurrentCost(string Name, FinancialYear From, decimal? Amount)
{
    public bool ToBeConfirmed => Amount is null;
}

/// <summary>One body's weight in the pension cost share (A §4.3 L807 precedent: 50:50 Council and Trust).</summary>
public sealed record CostShare(string EmployerCode, decimal Weight);

/// <summary>The extra pension cost of the transfer and how the bodies share it; the amount may be tbc.</summary>
public sealed record PensionCostShare(decimal? Amount, IReadOnlyList<CostShare> Shares)
{
    /// <summary>Each body's part, to the penny and adding back to the amount (largest remainder).</summary>
    public IReadOnlyList<(string EmployerCode, decimal Amount)> Parts() => Amount is { } amount
        ? Shares.Zip(Money.Split(amount, Shares.Select(s => s.Weight).ToList()), (s, p) => (s.EmployerCode,
            p)).ToList()
        : [];
}

/// <summary>A year's one-off costs against their approval; any excess is flagged, not hidden (A §1.1 L197).</summary>
public sealed record OneOffPosition(FinancialYear Year, decimal Approved, decimal Total)
{
    public decimal BeyondApproval => Math.Max(0, Total - Approved);
    public bool Flagged => BeyondApproval > 0;
}
