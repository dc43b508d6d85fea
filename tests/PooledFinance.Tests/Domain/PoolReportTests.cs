using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Position;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// The pool's reports to partners, quarterly and annual (P:L405 "quarterly reports to each partners and annual
/// report"): taken at a quarter's last month or at March, never for a month; made by a named host (P:L403-405).
/// </summary>
public sealed class PoolReportTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 6)]
    [InlineData(3, 9)]
    [InlineData(4, 12)]
    public void A_quarterly_report_is_taken_at_the_quarters_last_month(int quarter, int month) =>
        Assert.Equal(month, PoolReport.MonthEnding(quarter));

    [Fact]
    public void The_annual_report_is_taken_at_March_month_12() => Assert.Equal(12, PoolReport.MonthEnding(null));

    [Fact]
    public void A_month_or_a_fifth_quarter_is_not_a_pool_report_period()
    {
        Assert.Equal(("period.month", PoolReportRules.QuarterOrYear),
            Assert.Throws<RuleViolation>(() => PoolReport.MonthEnding(null, 6)).Named());
        Assert.Equal(("period.quarter", PoolReportRules.QuarterOrYear),
            Assert.Throws<RuleViolation>(() => PoolReport.MonthEnding(5)).Named());
    }

    [Fact]
    public void A_report_names_its_host()
    {
        Assert.Equal("E08000015", PoolReport.Host(" E08000015 "));
        Assert.Equal(("host.code", PoolReportRules.HostNamed),
            Assert.Throws<RuleViolation>(() => PoolReport.Host(" ")).Named());
    }
}
