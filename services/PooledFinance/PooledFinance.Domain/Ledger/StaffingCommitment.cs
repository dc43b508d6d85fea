using Commissioning.Domain;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Ledger;

/// <summary>
/// One financial year's net staffing cost as the workforce service last stated it, and on which line.
/// </summary>
public sealed record StaffingYear(FinancialYear Year, string LineCode, decimal Amount, DateOnly StatedOn,
    DateTimeOffset StatedAt);

/// <summary>
/// A staffing forecast's net staffing cost committed on a pooled fund's line, one year at a time (issue 17 cap. 6;
/// A Table 1, §4.9 L840-848: the all-age disability service's £5.03m in 2018/19). The workforce service states a
/// year whenever its figures or its funding line change; statements may arrive late or twice, so the latest
/// statement of each year wins (by when it was made) and an earlier one changes nothing. A year moved to another
/// line code has what it posted on the old line reduced to nothing. A forecast commits to the one fund its first
/// statement names: one re-pointed at another fund is refused, for a finance officer to settle by hand, rather than
/// move money between partnerships unseen. A year the fund has no line for yet is held and posted when it is added.
/// </summary>
public sealed class StaffingCommitment : AggregateRoot, ILineCommitment
{
    private readonly List<StaffingYear> _years = [];

    private StaffingCommitment() { }

    public Guid FundId { get; private set; }
    public IReadOnlyList<StaffingYear> Years => _years;
    public string ReferencePrefix => PrefixOf(Id);

    public static StaffingCommitment Start(Guid forecastId, Guid fundId) => new() { Id = forecastId, FundId = fundId };

    /// <summary>
    /// Takes a year's statement; false (nothing changed) when a later statement of that year was taken.
    /// </summary>
    public bool State(StaffingYear statement, Guid fundId)
    {
        LedgerRules.StaffingOnOneFund.Require(fundId == FundId, "fundId",
            "The forecast already commits to another fund; a finance officer moves it between funds by hand.");
        Amounts.Text(statement.LineCode, "budgetLineCode");
        Amounts.NonNegative(statement.Amount, "netStaffing");
        var known = _years.FirstOrDefault(y => y.Year == statement.Year);
        if (known is not null && known.StatedAt >= statement.StatedAt) return false;
        if (known is not null) _years.Remove(known);
        _years.Add(statement with { LineCode = statement.LineCode.Trim() });
        _years.Sort((a, b) => a.Year.StartYear.CompareTo(b.Year.StartYear));
        return true;
    }

    /// <summary>
    /// What brings a line to the year's figure when it carries the year's code, and to nothing otherwise (a line
    /// the year has moved from). Each posting's reference names the statement, so a later one posts anew.
    /// </summary>
    public CommitmentAdjustment? AdjustmentFor(BudgetLine line, decimal alreadyPosted)
    {
        if (_years.FirstOrDefault(y => y.Year == line.Year) is not { } year) return null;
        var onThisLine = string.Equals(line.Code, year.LineCode, StringComparison.OrdinalIgnoreCase);
        return CommitmentAdjustment.ToReach(year.Year, onThisLine ? year.Amount : 0m, alreadyPosted, year.StatedOn,
            $"{ReferencePrefix}{year.StatedAt.UtcTicks}:{year.Year}:{line.Code}");
    }

    public static string PrefixOf(Guid forecastId) => $"staffing:{forecastId}:";
}
