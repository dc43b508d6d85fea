using System.Net.Http.Json;
using Commissioning.Testing;

namespace PooledFinance.Tests.Api;

/// <summary>
/// W's pool with the council's adult social care line of 2018/19 (code COUNCIL-ASC, £75m), and events delivered as
/// the sidecar delivers them: with the app token, as daprd does when APP_API_TOKEN is configured.
/// </summary>
public abstract class LineCommitmentTest : WirralPoolTest
{
    protected override string? AppToken => "sidecar-of-pooled-finance";

    protected abstract string Source { get; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddLine("2018/19");
    }

    protected static object Date(int year, int month, int day) => new { year, month, day };

    protected static object Money(long pence) => new { pence = pence.ToString(), currencyCode = "GBP" };

    protected static object Year(int startYear, long pence) =>
        new { financialYear = new { startYear }, amount = Money(pence) };

    protected Task<string> Deliver(string name, object data, string? eventId = null) =>
        SidecarDelivery.Deliver(Sidecar, Source, name, data, eventId);

    protected async Task AddLine(string year, string code = "COUNCIL-ASC") =>
        await WirralPool.Read(await Finance.PostAsJsonAsync($"/api/v1/funds/{Pool.FundId}/budget-lines", new
        {
            ownerBodyId = Pool.CouncilId, financialYear = year, code, name = "Adult social care", pot = "a",
            amount = 75_000_000m,
            riskAssessment = new { reference = "RA-1", assessedBy = "Joint Finance Group", assessedOn = "2018-03-15" },
        }));

    /// <summary>What the whole fund has committed in the year up to the end of the month.</summary>
    protected async Task<decimal> Committed(string year, int month) => (await WirralPool.Read(
            await Finance.GetAsync($"/api/v1/funds/{Pool.FundId}/position?financialYear={year}&month={month}")))
        .GetProperty("total").GetProperty("committed").GetDecimal();

    /// <summary>What one line (by code) has committed in the year up to the end of the month.</summary>
    protected async Task<decimal> CommittedOn(string code, string year, int month = 12)
    {
        var position = await WirralPool.Read(
            await Finance.GetAsync($"/api/v1/funds/{Pool.FundId}/position?financialYear={year}&month={month}"));
        return position.GetProperty("lines").EnumerateArray()
            .Single(l => l.GetProperty("code").GetString() == code).GetProperty("figures").GetProperty("committed")
            .GetDecimal();
    }
}
