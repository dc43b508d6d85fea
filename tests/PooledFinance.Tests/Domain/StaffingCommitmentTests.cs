using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.SeedWork;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// A's all-age disability staffing, A Table 1 (§4.9 L840-848): £5.03m net in 2018/19, £5.08m in 2019/20.
/// </summary>
public class StaffingCommitmentTests
{
    private static readonly FinancialYear Y2018 = new(2018), Y2019 = new(2019);
    private static readonly Guid Fund = Guid.NewGuid();
    private static readonly DateTimeOffset March = new(2018, 3, 20, 10, 0, 0, TimeSpan.Zero);
    private readonly StaffingCommitment _a = StaffingCommitment.Start(Guid.NewGuid(), Fund);

    private static BudgetLine Line(FinancialYear year, string code = "ICH-AAD-STAFF") =>
        BudgetLine.Create(Guid.NewGuid(), year, code, "All age disability staffing", Pot.A, 6_000_000m);

    private static StaffingYear Statement(FinancialYear year, decimal amount, DateTimeOffset at,
        string code = " ich-aad-staff ") => new(year, code, amount, DateOnly.FromDateTime(at.UtcDateTime), at);

    [Fact]
    public void The_first_statement_commits_the_year_in_full_from_its_first_day()
    {
        Assert.True(_a.State(Statement(Y2018, 5_030_000m, March), Fund));

        var first = _a.AdjustmentFor(Line(Y2018), alreadyPosted: 0m)!;
        Assert.Equal((5_030_000m, new DateOnly(2018, 4, 1)), (first.Amount, first.PostingDate));
        Assert.Equal($"staffing:{_a.Id}:{March.UtcTicks}:2018/19:ICH-AAD-STAFF", first.Reference);
        Assert.Null(_a.AdjustmentFor(Line(Y2018), alreadyPosted: 5_030_000m));
        Assert.Null(_a.AdjustmentFor(Line(Y2019), alreadyPosted: 0m));
    }

    [Fact]
    public void A_later_statement_posts_the_difference_from_its_date_and_an_earlier_one_arriving_late_changes_nothing()
    {
        _a.State(Statement(Y2019, 5_080_000m, March), Fund);
        var october = new DateTimeOffset(2019, 10, 1, 9, 0, 0, TimeSpan.Zero);

        Assert.True(_a.State(Statement(Y2019, 5_130_000m, october), Fund));
        Assert.False(_a.State(Statement(Y2019, 1m, october.AddDays(-1)), Fund));
        Assert.False(_a.State(Statement(Y2019, 1m, october), Fund));
        var rise = _a.AdjustmentFor(Line(Y2019), alreadyPosted: 5_080_000m)!;
        Assert.Equal((50_000m, new DateOnly(2019, 10, 1)), (rise.Amount, rise.PostingDate));
    }

    [Fact]
    public void A_year_moved_to_another_code_takes_what_it_posted_off_the_old_line()
    {
        _a.State(Statement(Y2018, 5_030_000m, March), Fund);
        _a.State(Statement(Y2018, 5_030_000m, March.AddMonths(2), code: "COUNCIL-ASC"), Fund);

        Assert.Equal(-5_030_000m, _a.AdjustmentFor(Line(Y2018), alreadyPosted: 5_030_000m)!.Amount);
        Assert.Equal(5_030_000m, _a.AdjustmentFor(Line(Y2018, "council-asc"), alreadyPosted: 0m)!.Amount);
    }

    [Fact]
    public void Another_fund_no_line_code_negative_or_fractional_figures_are_refused_and_nothing_is_taken()
    {
        Assert.Equal(("fundId", LedgerRules.StaffingOnOneFund),
            Violation(() => _a.State(Statement(Y2018, 5_030_000m, March), Guid.NewGuid())).Named());
        Assert.Equal(("budgetLineCode", AmountRules.TextGiven),
            Violation(() => _a.State(Statement(Y2018, 5_030_000m, March, " "), Fund)).Named());
        Assert.Equal(("netStaffing", AmountRules.NotNegative),
            Violation(() => _a.State(Statement(Y2018, -1m, March), Fund)).Named());
        Assert.Equal(("netStaffing", AmountRules.WholePence),
            Violation(() => _a.State(Statement(Y2018, 0.001m, March), Fund)).Named());
        Assert.Empty(_a.Years);
    }
}
