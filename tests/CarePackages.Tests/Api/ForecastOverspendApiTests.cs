using System.Text.Json;
using Commissioning.Testing;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

/// <summary>
/// Funding agreed against a line without the headroom for it (A risk 9, §1.24 L531: budget pressure
/// never changes the decision; it raises a forecast overspend, B R-FIN-19 L472) stages the overspend
/// for pooled finance in the outbox, beside the commitment, in the same transaction as the agreement.
/// </summary>
[Collection(PartnersCollection.Name)]
public sealed class ForecastOverspendApiTests(Partners partners) : CareServiceTest(partners)
{
    [Fact]
    public async Task A_placement_at_520_a_week_on_a_line_with_20000_left_is_agreed_and_signals_6520_over()
    {
        // The documents give no line this small; £20,000.00 is left so that A's £26,520.00 does not fit.
        var code = "TIGHT-" + Guid.NewGuid().ToString("N")[..8];
        var (fund, line) = await WirralPool.CouncilLine2018(Partners.FinanceOfficer, code, 20_000m);
        var journey = new CareJourney(Service.CreateClient, fund, line);
        var plan = await journey.SubmittedPlan(ResidentialCare(520m));
        var ready = await journey.ReadyToAgree(plan, null, benchmarkLower: 500m, benchmarkUpper: 540m);
        var agreed = await journey.Agreed(ready);
        Assert.Equal("agreed", agreed.GetProperty("status").GetString());

        var signal = Assert.Single(await Staged("forecast-overspend-signalled"));

        // £520 × 357 days ÷ 7 from 9 April 2018 to 31 March 2019 (A; the run command's demo).
        Assert.Equal((2_652_000L, 2_000_000L, 652_000L),
            (Pence(signal, "commitment"), Pence(signal, "headroom"), Pence(signal, "overspend")));
        Assert.Equal((fund.ToString(), line.ToString(), 2018), (signal.GetProperty("fundId").GetString(),
            signal.GetProperty("budgetLineId").GetString(),
            signal.GetProperty("financialYear").GetProperty("startYear").GetInt32()));
        Assert.Equal(Id(plan).ToString(), signal.GetProperty("packageId").GetString());
        Assert.Equal($"{Id(agreed)}:{line}", signal.GetProperty("signalId").GetString());
        Assert.Single(await Staged("package-commitment-requested"));
    }

    [Fact]
    public async Task Funding_within_the_headroom_signals_no_overspend()
    {
        var plan = await Journey.SubmittedPlan(ResidentialCare(520m));
        await Journey.Agreed(await Journey.ReadyToAgree(plan, null, benchmarkLower: 500m, benchmarkUpper: 540m));

        Assert.Empty(await Staged("forecast-overspend-signalled"));
        Assert.Single(await Staged("package-commitment-requested"));
    }

    private static long Pence(JsonElement signal, string field) =>
        long.Parse(signal.GetProperty(field).GetProperty("pence").GetString()!);
}
