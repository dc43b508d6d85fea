using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Care packages' commitments arriving as the sidecar delivers them (structured CloudEvents, at least
/// once): posted once whatever the redeliveries, and a commitment against no line is dropped.
/// </summary>
public sealed class CommitmentSubscriptionTests : WirralPoolTest
{
    private Guid _line;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _line = WirralPool.Id(await WirralPool.Read(await Finance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/budget-lines", new
        {
            ownerBodyId = Pool.CouncilId, financialYear = "2017/18", code = "COUNCIL-ASC", name = "Adult social care", pot = "a",
            amount = 73_900_000m, riskAssessment = new { reference = "RA-1", assessedBy = "Joint Finance Group", assessedOn = "2017-03-15" },
        })));
    }

    [Fact]
    public async Task A_commitment_delivered_three_times_is_posted_once()
    {
        var commitment = Guid.NewGuid();
        for (var delivery = 0; delivery < 3; delivery++)
            Assert.Equal("SUCCESS", await Deliver(Guid.NewGuid().ToString(), _line.ToString(), commitment, 27_820_00));
        var position = await WirralPool.Read(await Finance.GetAsync($"/api/v1/funds/{Pool.FundId}/position?financialYear=2017/18&month=12"));
        Assert.Equal(27_820.00m, position.GetProperty("total").GetProperty("committed").GetDecimal());
    }

    [Fact]
    public async Task A_commitment_against_no_budget_line_is_dropped_for_the_dead_letter_topic()
    {
        Assert.Equal("DROP", await Deliver(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), Guid.NewGuid(), 1_000_00));
    }

    private Task<string> Deliver(string eventId, string budgetLineId, Guid commitmentId, long pence) =>
        SidecarDelivery.Deliver(Sidecar, "care-packages", "package-commitment-requested", new
        {
            packageId = "pkg-1", commitmentId = commitmentId.ToString(), budgetLineId,
            annualAmount = new { pence = pence.ToString(), currencyCode = "GBP" },
            effectiveFrom = new { year = 2017, month = 6, day = 5 },
        }, eventId);
}
