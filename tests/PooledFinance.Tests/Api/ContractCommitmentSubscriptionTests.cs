using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;

namespace PooledFinance.Tests.Api;

/// <summary>
/// A's Section 75 delegation (£5.19m a year for four years from 1 April 2018) committed to Wirral's
/// pool from the contracts service's events.
/// </summary>
public sealed class ContractCommitmentSubscriptionTests : LineCommitmentTest
{
    protected override string Source => "contracts";

    private const long FullYear = 5_190_000_00;
    private const long UntilNoticeRunsOut = 4_750_409_84; // 2019/20: 335 of 366 days, to 29 February 2020
    private readonly Guid _contract = Guid.NewGuid();

    [Fact]
    public async Task An_award_commits_its_year_once_however_often_it_is_delivered()
    {
        var award = Award();
        Assert.Equal("SUCCESS", await Deliver("contract-awarded", award, eventId: "award-1"));
        Assert.Equal("SUCCESS", await Deliver("contract-awarded", award, eventId: "award-1"));
        Assert.Equal("SUCCESS", await Deliver("contract-awarded", award, eventId: "award-1-republished"));

        Assert.Equal(5_190_000.00m, await Committed("2018/19", month: 1));
    }

    [Fact]
    public async Task A_forged_award_posted_without_the_app_token_is_refused_and_commits_nothing()
    {
        using var anyoneOnThePort = Service.CreateClient();
        using var wrongToken = Service.CreateClient();
        wrongToken.DefaultRequestHeaders.Add("dapr-api-token", "guessed");

        var forged = await SidecarDelivery.Post(anyoneOnThePort, "contracts", "contract-awarded", Award());
        var guessed = await SidecarDelivery.Post(wrongToken, "contracts", "contract-awarded", Award());

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        Assert.Equal(0m, await Committed("2018/19", month: 12));
        Assert.Equal("SUCCESS", await Deliver("contract-awarded", Award()));
        Assert.Equal(5_190_000.00m, await Committed("2018/19", month: 12));
    }

    [Fact]
    public async Task Notice_reduces_a_later_year_posted_when_its_line_is_added_and_a_late_award_changes_nothing()
    {
        Assert.Equal("SUCCESS", await Deliver("contract-awarded", Award()));
        Assert.Equal("SUCCESS", await Deliver("contract-terminated", new
        {
            contractId = _contract.ToString(), reason = "Notice served by E08000015", effectiveOn = Date(2020, 2, 29),
            commitments = new[] { Year(2018, FullYear), Year(2019, UntilNoticeRunsOut) },
            fundId = Pool.FundId.ToString(), budgetLineCode = "council-asc", commitmentRevision = 1,
        }));
        await AddLine("2019/20");
        await AddLine("2020/21");
        Assert.Equal("SUCCESS", await Deliver("contract-awarded", Award()));

        Assert.Equal(5_190_000.00m, await Committed("2018/19", month: 12));
        Assert.Equal(4_750_409.84m, await Committed("2019/20", month: 12));
        Assert.Equal(0m, await Committed("2020/21", month: 12));
    }

    [Fact]
    public async Task A_variation_posts_the_difference_from_the_day_it_takes_effect()
    {
        await Deliver("contract-awarded", Award());
        Assert.Equal("SUCCESS", await Deliver("contract-varied", new
        {
            contractId = _contract.ToString(), variationNumber = 1, effectiveFrom = Date(2018, 10, 1),
            commitments = new[] { Year(2018, 5_290_000_00), Year(2019, 5_390_000_00) },
            fundId = Pool.FundId.ToString(), budgetLineCode = "COUNCIL-ASC", commitmentRevision = 1,
        }));

        Assert.Equal(5_190_000.00m, await Committed("2018/19", month: 6));
        Assert.Equal(5_290_000.00m, await Committed("2018/19", month: 7));
    }

    [Fact]
    public async Task A_contract_of_a_fund_thisService_does_not_hold_is_dropped_and_one_without_a_line_code_commits_nothing()
    {
        var elsewhere = Award(fundId: Guid.NewGuid());
        var noLine = Award(lineCode: "");

        Assert.Equal("DROP", await Deliver("contract-awarded", elsewhere));
        Assert.Equal("SUCCESS", await Deliver("contract-awarded", noLine));
        Assert.Equal(0m, await Committed("2018/19", month: 12));
    }

    private object Award(Guid? fundId = null, string lineCode = "COUNCIL-ASC") => new
    {
        contractId = _contract.ToString(), startDate = Date(2018, 4, 1), endDate = Date(2022, 3, 31),
        annualValue = Money(FullYear),
        commitments = new[] { Year(2018, FullYear), Year(2019, FullYear), Year(2020, FullYear), Year(2021, FullYear) },
        fundId = (fundId ?? Pool.FundId).ToString(), budgetLineCode = lineCode, commitmentRevision = 0,
    };
}
