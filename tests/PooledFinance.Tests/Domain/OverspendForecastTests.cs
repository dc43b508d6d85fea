using Commissioning.Domain;
using Commissioning.Testing;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Position;
using static PooledFinance.Tests.Domain.Seeds;

namespace PooledFinance.Tests.Domain;

/// <summary>
/// Issue 16, defect 4: care packages' forecast overspend kept on the fund until the partners mitigate it
/// jointly (B R-FIN-19, R-FIN-20 L472; A §4.11 L876). A's placement: £520 a week from 9 April 2018 commits
/// £26,520.00 in 2018/19; with £20,000.00 left on the line, £6,520.00 over.
/// </summary>
public class OverspendForecastTests
{
    private readonly Wirral _w = new();
    private static readonly OverspendSignal Signal =
        new("verification-1:line", "pkg-1", Y2018, 26_520m, 20_000m, 6_520m, new DateOnly(2018, 4, 6));

    private (Fund Pool, BudgetLine Line) CouncilLine()
    {
        var pool = _w.Pool();
        var line = BudgetLine.Create(_w.Council.Id, Y2018, "COUNCIL-ASC", "Adult social care", Pot.A, Millions(50m));
        line.MoveIntoPool(pool, new RiskAssessment("RA-2018/19", "Joint Finance Group", new DateOnly(2018, 3, 15)));
        return (pool, line);
    }

    [Fact]
    public void A_forecast_awaits_a_mitigation_agreed_by_council_and_CCG_and_then_closes()
    {
        var (pool, line) = CouncilLine();
        var forecast = OverspendForecast.Raise(pool, line, Signal);
        Assert.Equal((OverspendForecastStatus.AwaitingJointMitigation, _w.Council.Id),
            (forecast.Status, forecast.OwnerBodyId));

        var councilOnly = Violation(() => forecast.RecordMitigation(_w.Agreement,
            new JointMitigation([_w.Council.Id], new DateOnly(2018, 5, 10), "Review high-cost placements")));
        var both = new JointMitigation([_w.Council.Id, _w.Ccg.Id], new DateOnly(2018, 5, 10),
            " Review high-cost placements ");
        forecast.RecordMitigation(_w.Agreement, both);

        Assert.Equal(("agreedByBodyIds", OverspendRules.AgreedByEveryPartner), councilOnly.Named());
        Assert.Equal((OverspendForecastStatus.Mitigated, "Review high-cost placements"),
            (forecast.Status, forecast.Mitigation!.Summary));
        Assert.Equal(("mitigation", OverspendRules.MitigatedOnce),
            Violation(() => forecast.RecordMitigation(_w.Agreement, new JointMitigation([_w.Council.Id, _w.Ccg.Id],
                new DateOnly(2018, 5, 11), "Again"))).Named());
    }

    [Fact]
    public void Figures_that_do_not_add_up_a_line_of_another_year_or_a_mitigation_before_the_forecast_are_refused()
    {
        var (pool, line) = CouncilLine();

        var wrongSum = Signal with { Overspend = 5_000m };
        var wrongYear = Signal with { Year = Y2017 };
        Assert.Equal(("overspend", OverspendRules.BeyondTheHeadroom),
            Violation(() => OverspendForecast.Raise(pool, line, wrongSum)).Named());
        Assert.Equal(("financialYear", OverspendRules.OnALineOfTheFund),
            Violation(() => OverspendForecast.Raise(pool, line, wrongYear)).Named());
        var forecast = OverspendForecast.Raise(pool, line, Signal);
        Assert.Equal(("agreedOn", OverspendRules.AfterTheForecast),
            Violation(() => forecast.RecordMitigation(_w.Agreement, new JointMitigation([_w.Council.Id, _w.Ccg.Id],
                new DateOnly(2018, 4, 5), "Too early"))).Named());
    }
}
