using System.Net.Http.Json;

namespace PooledFinance.Tests.Api;

/// <summary>
/// A's all-age disability staffing (A Table 1, §4.9 L840-848: £5.03m net in 2018/19, £5.08m in 2019/20) committed
/// on W's pool line from the workforce service's staffing-forecast-changed events.
/// </summary>
public sealed class StaffingCommitmentSubscriptionTests : LineCommitmentTest
{
    protected override string Source => "workforce";

    private const long Net2018 = 5_030_000_00, Net2019 = 5_080_000_00;
    private readonly Guid _forecast = Guid.NewGuid();

    [Fact]
    public async Task The_2018_19_net_staffing_of_5_03m_is_committed_once_however_often_it_is_delivered()
    {
        var statement = Statement(2018, Net2018, at: "2018-03-20T10:00:00Z");

        Assert.Equal("SUCCESS", await Deliver("staffing-forecast-changed", statement, eventId: "forecast-1"));
        Assert.Equal("SUCCESS", await Deliver("staffing-forecast-changed", statement, eventId: "forecast-1"));
        Assert.Equal("SUCCESS", await Deliver("staffing-forecast-changed", statement, eventId: "republished"));

        Assert.Equal(5_030_000m, await Committed("2018/19", month: 1));
    }

    [Fact]
    public async Task A_later_statement_posts_the_difference_from_its_day_and_a_late_earlier_one_changes_nothing()
    {
        await Deliver("staffing-forecast-changed", Statement(2018, Net2018, at: "2018-03-20T10:00:00Z"));
        await Deliver("staffing-forecast-changed", Statement(2018, 5_100_000_00, at: "2018-10-01T09:00:00Z"));
        await Deliver("staffing-forecast-changed", Statement(2018, 4_000_000_00, at: "2018-06-01T09:00:00Z"));

        Assert.Equal(5_030_000m, await Committed("2018/19", month: 6));
        Assert.Equal(5_100_000m, await Committed("2018/19", month: 7));
    }

    [Fact]
    public async Task A_year_stated_before_its_line_exists_is_committed_when_the_line_is_added()
    {
        Assert.Equal("SUCCESS", await Deliver("staffing-forecast-changed", Statement(2019, Net2019)));
        Assert.Equal(0m, await Committed("2018/19", month: 12));

        await AddLine("2019/20");

        Assert.Equal(5_080_000m, await Committed("2019/20", month: 1));
    }

    [Fact]
    public async Task A_year_moved_to_another_line_code_leaves_the_old_line_with_nothing()
    {
        await AddLine("2018/19", code: "ICH-AAD-STAFF");
        await Deliver("staffing-forecast-changed", Statement(2018, Net2018, at: "2018-03-20T10:00:00Z"));
        await Deliver("staffing-forecast-changed",
            Statement(2018, Net2018, at: "2018-05-01T09:00:00Z", code: "ICH-AAD-STAFF"));

        Assert.Equal(0m, await CommittedOn("COUNCIL-ASC", "2018/19"));
        Assert.Equal(5_030_000m, await CommittedOn("ICH-AAD-STAFF", "2018/19"));
    }

    [Fact]
    public async Task A_fund_not_held_or_not_the_forecasts_is_dropped_and_no_funding_line_commits_nothing()
    {
        Assert.Equal("SUCCESS", await Deliver("staffing-forecast-changed", Statement(2018, Net2018, code: "")));
        Assert.Equal("DROP",
            await Deliver("staffing-forecast-changed", Statement(2018, Net2018, fund: Guid.NewGuid())));
        Assert.Equal(0m, await Committed("2018/19", month: 12));

        var secondFund = await SecondFund();
        await Deliver("staffing-forecast-changed", Statement(2018, Net2018, at: "2018-03-20T10:00:00Z"));
        Assert.Equal("DROP", await Deliver("staffing-forecast-changed",
            Statement(2018, Net2018, at: "2018-05-01T09:00:00Z", fund: secondFund)));
        Assert.Equal(5_030_000m, await Committed("2018/19", month: 12));
    }

    private object Statement(int startYear, long pence, string at = "2018-03-20T10:00:00Z", string code = "council-asc",
        Guid? fund = null) => new
    {
        forecastId = _forecast.ToString(), financialYear = new { startYear }, netStaffing = Money(pence),
        budgetLineCode = code, fundId = (fund ?? Pool.FundId).ToString(), occurredAt = at,
    };

    private async Task<Guid> SecondFund() => WirralPool.Id(await WirralPool.Read(await Finance.PostAsJsonAsync(
        $"/api/v1/agreements/{Pool.AgreementId}/funds", new
        {
            name = "Wirral children's fund", kind = "pooled", hostBodyId = Pool.CouncilId,
            poolManager = "Director of Finance", vatModel = "lead-commissioner",
        })));
}
