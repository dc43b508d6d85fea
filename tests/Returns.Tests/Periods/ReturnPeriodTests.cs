using Commissioning.Domain;
using Commissioning.Testing;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using static Returns.Tests.Seeds;

namespace Returns.Tests.Periods;

public class ReturnPeriodTests
{
    [Fact]
    public void A_cld_quarter_is_the_rolling_twelve_months_ending_at_the_quarter_end()
    {
        // anchors-refresh §2 L24-25: "each submission a rolling 12 months".
        var q1 = Q1Of2024;
        Assert.Equal(new DateOnly(2023, 7, 1), q1.Start);
        Assert.Equal(new DateOnly(2024, 6, 30), q1.End);
        Assert.Equal("2024/25 Q1", q1.Label);
        var q4 = ReturnPeriod.CldQuarter(new FinancialYear(2024), 4);
        Assert.Equal((new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31)), (q4.Start, q4.End));
    }

    [Fact]
    public void The_first_cld_quarter_covers_april_to_june_2023_only()
    {
        // anchors B.1 L472: "first mandatory submission in July 2023, covering Apr–Jun 2023".
        var first = ReturnPeriod.CldQuarter(new FinancialYear(2023), 1);
        Assert.Equal((new DateOnly(2023, 4, 1), new DateOnly(2023, 6, 30)), (first.Start, first.End));
        Assert.Equal(("period", PeriodRules.CldFromItsFirstQuarter),
            Violation(() => ReturnPeriod.CldQuarter(new FinancialYear(2022), 4)).Named());
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, "2024/25 Q5")]
    [InlineData(PeriodKind.Quarter, "2024/25 Q0")]
    [InlineData(PeriodKind.CldQuarter, "2022/23 Q4")]
    [InlineData(PeriodKind.Month, "2024/25 M13")]
    [InlineData(PeriodKind.FinancialYear, "2024/26")]
    [InlineData(PeriodKind.FinancialYear, "2024/25 Q1")]
    [InlineData(PeriodKind.Quarter, "2024/25")]
    [InlineData(PeriodKind.Month, "")]
    public void A_period_that_does_not_exist_is_refused_naming_it(PeriodKind kind, string text) =>
        Assert.Equal("period", Violation(() => ReturnPeriod.Parse(kind, text)).Field);

    [Fact]
    public void Quarters_months_and_years_follow_the_financial_year()
    {
        var q3 = ReturnPeriod.Parse(PeriodKind.Quarter, "2018/19 Q3");
        Assert.Equal((new DateOnly(2018, 10, 1), new DateOnly(2018, 12, 31)), (q3.Start, q3.End));
        var m12 = ReturnPeriod.Parse(PeriodKind.Month, "2018/19 M12");
        Assert.Equal((new DateOnly(2019, 3, 1), new DateOnly(2019, 3, 31)), (m12.Start, m12.End));
        var year = ReturnPeriod.Parse(PeriodKind.FinancialYear, "2018/19");
        Assert.Equal((new DateOnly(2018, 4, 1), new DateOnly(2019, 3, 31)), (year.Start, year.End));
    }

    [Fact]
    public void The_pool_report_is_quarterly_or_annual()
    {
        // P:L405 "quarterly reports to each partners and annual report".
        Assert.Equal(PeriodKind.Quarter, ReturnCalendar.PeriodOf(ReturnKind.PoolQuarterly, "2015/16 Q2").Kind);
        Assert.Equal(PeriodKind.FinancialYear, ReturnCalendar.PeriodOf(ReturnKind.PoolQuarterly, "2015/16").Kind);
        Assert.Equal("period", Violation(() => ReturnCalendar.PeriodOf(ReturnKind.Cld, "2024/25")).Field);
    }

    [Fact]
    public void Due_dates_per_return_and_period()
    {
        // CLD: the Apr–Jun 2023 quarter was due in July 2023 (anchors B.1 L472); the rest are README decisions.
        var cldQ1 = ReturnPeriod.CldQuarter(new FinancialYear(2023), 1);
        Assert.Equal(new DateOnly(2023, 7, 31), ReturnCalendar.DueOn(ReturnKind.Cld, cldQ1));
        var year = ReturnPeriod.ForYear(new FinancialYear(2024));
        Assert.Equal(new DateOnly(2025, 7, 31), ReturnCalendar.DueOn(ReturnKind.AscFr, year));
        Assert.Equal(new DateOnly(2025, 5, 31), ReturnCalendar.DueOn(ReturnKind.BcfYearEnd, year));
        Assert.Equal(new DateOnly(2025, 6, 30), ReturnCalendar.DueOn(ReturnKind.PoolQuarterly, year));
        var q2 = ReturnPeriod.Quarter(new FinancialYear(2024), 2);
        Assert.Equal(new DateOnly(2024, 11, 30), ReturnCalendar.DueOn(ReturnKind.BcfQuarter, q2));
        Assert.Equal(new DateOnly(2024, 10, 31), ReturnCalendar.DueOn(ReturnKind.PoolQuarterly, q2));
        // December 2024: 10 working days after 31 December, past New Year's Day, is 15 January 2025.
        var december = ReturnPeriod.Month(new FinancialYear(2024), 9);
        Assert.Equal(new DateOnly(2025, 1, 15), ReturnCalendar.DueOn(ReturnKind.JointMonthly, december));
    }

    [Fact]
    public void Due_states_approach_fall_and_are_missed()
    {
        var due = new DateOnly(2023, 7, 31);
        Assert.Equal(DueState.NotYetDue, ReturnCalendar.StateOn(due, new DateOnly(2023, 7, 1), false));
        Assert.Equal(DueState.Approaching, ReturnCalendar.StateOn(due, new DateOnly(2023, 7, 17), false));
        Assert.Equal(DueState.DueToday, ReturnCalendar.StateOn(due, due, false));
        Assert.Equal(DueState.Overdue, ReturnCalendar.StateOn(due, new DateOnly(2023, 8, 1), false));
        Assert.Equal(DueState.Submitted, ReturnCalendar.StateOn(due, new DateOnly(2023, 8, 1), true));
    }
}
