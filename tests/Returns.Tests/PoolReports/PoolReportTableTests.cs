using Commissioning.Domain;
using Returns.Domain.PoolReports;
using Returns.Domain.Periods;
using static Returns.Tests.Seeds;

namespace Returns.Tests.PoolReports;

/// <summary>
/// The pool report's rows and their validation (issue 18 cap. 5 and 6) on W's 2017/18 Pot A lines (W:615-618):
/// adult social care £73.9m forecast at £74.65m, the CCG's pooled services £420.2m, public health £25.6m, £519.7m
/// in all and £750,000 over.
/// </summary>
public class PoolReportTableTests
{
    private static readonly ReturnPeriod Quarter2 = ReturnPeriod.Quarter(new FinancialYear(2017), 2);

    private static HostedFund Fund(PositionFigures? total = null)
    {
        LineFigures[] lines =
        [
            new("l1", "COUNCIL-ASC", "Adult social care", new(73_900_000m, 0, 0, 74_650_000m)),
            new("l2", "CCG-A", "CCG commissioned services", new(420_200_000m, 0, 0, 420_200_000m)),
            new("l3", "PH-A", "Public health", new(25_600_000m, 0, 0, 25_600_000m)),
        ];
        return new HostedFund("f1", "Wirral pooled fund", "pooled", "Director of Finance", lines,
            total ?? lines.Aggregate(new PositionFigures(0, 0, 0, 0), (sum, l) => sum.Plus(l.Figures)));
    }

    [Fact]
    public void Each_line_and_the_funds_total_is_a_row_with_its_variance_and_percentage()
    {
        var rows = PoolReportTable.Rows(Wirral, Quarter2, [Fund()]);

        Assert.Equal(["f1:l1", "f1:l2", "f1:l3", "f1"], rows.Select(r => r.Key));
        var total = rows[^1].Fields;
        Assert.Equal(("2017-09-30", "519700000.00", "520450000.00", "750000.00", "0.14"),
            (total[PoolReportHeaders.PeriodEnd], total[PoolReportHeaders.Budget], total[PoolReportHeaders.Forecast],
                total[PoolReportHeaders.Variance], total[PoolReportHeaders.VariancePercent]));
        Assert.Equal("1.01", rows[0].Fields[PoolReportHeaders.VariancePercent]);
        Assert.Empty(PoolReportValidator.Validate(rows));
    }

    [Fact]
    public void A_total_that_does_not_tie_to_its_lines_is_found_on_the_total_row_naming_the_figure()
    {
        var rows = PoolReportTable.Rows(Wirral, Quarter2,
            [Fund(new PositionFigures(519_700_000m, 0, 0, 520_400_000m))]);

        var findings = PoolReportValidator.Validate(rows);
        var finding = Assert.Single(findings, f => f.Field == PoolReportHeaders.Forecast);
        Assert.Equal((4, PoolReportValidator.TotalsTie, "pooled-finance/fund/f1"),
            (finding.Row, finding.Rule, finding.Source.ToString()));
        Assert.Contains(findings, f => f.Field == PoolReportHeaders.Variance);
    }

    [Fact]
    public void A_line_without_a_budget_leaves_its_percentage_blank()
    {
        var fund = new HostedFund("f1", "Pool", "pooled", "Pool Manager",
            [new("l1", "NEW", "New service", new(0, 0, 5_000m, 5_000m))], new(0, 0, 5_000m, 5_000m));

        Assert.Null(PoolReportTable.Rows(Wirral, Quarter2, [fund])[0].Fields[PoolReportHeaders.VariancePercent]);
    }

    [Fact]
    public void A_line_a_partner_coded_TOTAL_is_still_a_line_and_the_funds_total_still_ties()
    {
        var fund = new HostedFund("f1", "Pool", "pooled", "Pool Manager",
            [new("l1", "TOTAL", "A line coded TOTAL", new(1_000m, 0, 0, 1_000m)),
                new("l2", "ASC", "Adult social care", new(2_000m, 0, 0, 2_500m))], new(3_000m, 0, 0, 3_500m));

        var rows = PoolReportTable.Rows(Wirral, Quarter2, [fund]);

        Assert.Equal(["f1:l1", "f1:l2", "f1"], rows.Select(r => r.Key));
        Assert.Empty(PoolReportValidator.Validate(rows));
    }
}
