using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.SeedWork;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>A's Section 75 delegation: £5.19m a year for four years from 1 April 2018, committed by financial year.</summary>
public class ContractCommitmentTests
{
    private static readonly FinancialYear Y2018 = new(2018), Y2019 = new(2019), Y2020 = new(2020), Y2021 = new(2021);
    private readonly ContractCommitment _a = ContractCommitment.Start(Guid.NewGuid(), Guid.NewGuid(), " COUNCIL-ASC ");

    /// <summary>
    /// The council's adult social care line of the year; a line of another code is not the contract's.
    /// </summary>
    private static BudgetLine Line(FinancialYear year, string code = "council-asc") =>
        BudgetLine.Create(Guid.NewGuid(), year, code, "Adult social care", Pot.A, 75_000_000m);

    private static YearCommitment[] FourYears(decimal each) => [new(Y2018, each), new(Y2019, each), new(Y2020, each), new(Y2021, each)];

    [Fact]
    public void The_award_commits_each_year_in_full_from_the_years_first_day()
    {
        Assert.True(_a.Replace(0, new DateOnly(2018, 4, 1), FourYears(5_190_000m)));

        var first = _a.AdjustmentFor(Line(Y2019), alreadyPosted: 0m)!;
        Assert.Equal((5_190_000m, new DateOnly(2019, 4, 1)), (first.Amount, first.PostingDate));
        Assert.Equal($"contract:{_a.Id}:r0:2019/20", first.Reference);
        Assert.Null(_a.AdjustmentFor(Line(Y2019), alreadyPosted: 5_190_000m));
        Assert.Equal("COUNCIL-ASC", _a.LineCode);
    }

    [Fact]
    public void Notice_running_out_on_29_February_2020_takes_the_rest_of_2019_20_off_from_that_day_and_clears_later_years()
    {
        _a.Replace(0, new DateOnly(2018, 4, 1), FourYears(5_190_000m));
        _a.Replace(1, new DateOnly(2020, 2, 29), [new(Y2018, 5_190_000m), new(Y2019, 4_750_409.84m)]);

        var reduction = _a.AdjustmentFor(Line(Y2019), alreadyPosted: 5_190_000m)!;
        Assert.Equal((-439_590.16m, new DateOnly(2020, 2, 29)), (reduction.Amount, reduction.PostingDate));
        Assert.Equal(-5_190_000m, _a.AdjustmentFor(Line(Y2021), alreadyPosted: 5_190_000m)!.Amount);
        Assert.Null(_a.AdjustmentFor(Line(Y2018), alreadyPosted: 5_190_000m));
        Assert.Null(_a.AdjustmentFor(Line(Y2021, "CCG-CHC"), alreadyPosted: 0m));
    }

    [Fact]
    public void An_older_or_repeated_revision_changes_nothing()
    {
        _a.Replace(2, new DateOnly(2019, 10, 1), FourYears(5_000_000m));

        Assert.False(_a.Replace(1, new DateOnly(2019, 4, 1), FourYears(6_000_000m)));
        Assert.False(_a.Replace(2, new DateOnly(2019, 4, 1), FourYears(6_000_000m)));
        Assert.Equal(5_000_000m, _a.AdjustmentFor(Line(Y2020), alreadyPosted: 0m)!.Amount);
    }

    [Fact]
    public void Fractional_pence_negative_figures_and_a_year_twice_are_refused_and_the_list_kept()
    {
        _a.Replace(0, new DateOnly(2018, 4, 1), FourYears(5_190_000m));

        Assert.Equal(("commitments", AmountRules.WholePence),
            Violation(() => _a.Replace(1, new DateOnly(2019, 4, 1), [new(Y2019, 5_190_000.001m)])).Named());
        Assert.Equal(("commitments", AmountRules.NotNegative),
            Violation(() => _a.Replace(1, new DateOnly(2019, 4, 1), [new(Y2019, -1m)])).Named());
        Assert.Equal(("commitments", LedgerRules.ContractOnceAYear),
            Violation(() => _a.Replace(1, new DateOnly(2019, 4, 1), [new(Y2019, 1m), new(Y2019, 2m)])).Named());
        Assert.Equal(("budgetLineCode", LedgerRules.ContractLineNamed),
            Violation(() => ContractCommitment.Start(Guid.NewGuid(), Guid.NewGuid(), " ")).Named());
        Assert.Equal(0, _a.Revision);
        Assert.Equal(5_190_000m, _a.AdjustmentFor(Line(Y2021), alreadyPosted: 0m)!.Amount);
    }
}
