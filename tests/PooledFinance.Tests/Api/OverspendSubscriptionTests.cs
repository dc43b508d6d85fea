using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using PooledFinance.Domain.Position;
using PooledFinance.Domain.SeedWork;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Care packages' forecast overspend as the sidecar delivers it (A risk 9; B R-FIN-19 L472: committed
/// package costs above the fixed budget raise an overspend forecast): kept once on the fund, read by
/// every partner, closed by the joint mitigation of council and CCG (A §4.11 L876; B L670).
/// A's placement: £520 a week from 9 April 2018 commits £26,520.00 (£520 × 357 days ÷ 7) in 2018/19.
/// </summary>
public sealed class OverspendSubscriptionTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _w = null!;
    private HttpClient _manager = null!;
    private Guid _line;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _w = await PartnerPool.Wirral(_service);
        _manager = _w.Council(Roles.PoolManager);
        // B R-FIN-19 (L472): the council's fixed community care budget, about £50m.
        _line = await _w.Line("COUNCIL-ASC", "Adult social care", _w.CouncilId, "2018/19", 50_000_000m);
    }

    public async Task DisposeAsync()
    {
        _manager.Dispose();
        await _service.DisposeAsync();
    }

    [Fact]
    public async Task An_overspend_delivered_three_times_is_kept_once_for_every_partner_awaiting_joint_mitigation()
    {
        var signal = NewSignal();
        for (var delivery = 0; delivery < 3; delivery++)
            Assert.Equal("SUCCESS", await Deliver(signal, _line, 26_520_00, 20_000_00, 6_520_00));

        using var ccg = _w.Ccg(Roles.FinanceOfficer);
        var forecast = Assert.Single(await Forecasts(ccg));
        Assert.Equal((26_520.00m, 20_000.00m, 6_520.00m), (forecast.GetProperty("commitment").GetDecimal(),
            forecast.GetProperty("headroom").GetDecimal(), forecast.GetProperty("overspend").GetDecimal()));
        Assert.Equal("awaiting-joint-mitigation", forecast.GetProperty("status").GetString());
        Assert.Equal(("2018/19", _w.CouncilId), (forecast.GetProperty("financialYear").GetString(),
            forecast.GetProperty("ownerBodyId").GetGuid()));
        using var provider = _service.ClientFor("RXA", Roles.ProviderUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(_w.Fund("/overspend-forecasts"))).StatusCode);
    }

    [Fact]
    public async Task A_mitigation_closes_the_forecast_only_when_council_and_CCG_both_agreed_it()
    {
        Assert.Equal("SUCCESS", await Deliver(NewSignal(), _line, 26_520_00, 20_000_00, 6_520_00));
        var id = Id(Assert.Single(await Forecasts(_manager)));
        var path = _w.Fund($"/overspend-forecasts/{id}/mitigation");

        await Refused(_manager.PostAsJsonAsync(path, Mitigation(_w.CouncilId)), HttpStatusCode.BadRequest,
            "agreedByBodyIds", OverspendRules.AgreedByEveryPartner);
        await Refused(_manager.PostAsJsonAsync(path, Mitigation(" ", _w.CouncilId, _w.CcgId)),
            HttpStatusCode.BadRequest, "summary", AmountRules.TextGiven);
        var closed = await Ok(_manager.PostAsJsonAsync(path, Mitigation(_w.CouncilId, _w.CcgId)));

        Assert.Equal("mitigated", closed.GetProperty("status").GetString());
        Assert.Equal("2018-05-10", closed.GetProperty("mitigation").GetProperty("agreedOn").GetString());
        await Refused(_manager.PostAsJsonAsync(path, Mitigation(_w.CouncilId, _w.CcgId)), HttpStatusCode.Conflict,
            "mitigation", OverspendRules.MitigatedOnce);
        Assert.Empty(await Forecasts(_manager, "?awaitingMitigation=true"));
        Assert.Single(await Forecasts(_manager, "?awaitingMitigation=false"));
    }

    [Fact]
    public async Task The_joint_monthly_report_lists_the_overspend_until_it_is_mitigated()
    {
        Assert.Equal("SUCCESS", await Deliver(NewSignal(), _line, 26_520_00, 20_000_00, 6_520_00));
        using var ccg = _w.Ccg(Roles.FinanceOfficer);

        var report = await Ok(ccg.GetAsync(_w.Fund("/report?financialYear=2018/19&month=1")));

        var listed = Assert.Single(report.GetProperty("forecastOverspends").EnumerateArray());
        Assert.Equal((6_520.00m, "Wirral Council"), (listed.GetProperty("overspend").GetDecimal(),
            listed.GetProperty("partner").GetString()));
        var csv = await ccg.GetStringAsync(_w.Fund("/report?financialYear=2018/19&month=1&format=csv"));
        Assert.Contains("Forecast overspend,", csv);
        Assert.Contains(",6520.00,", csv);
    }

    [Fact]
    public async Task An_overspend_against_no_line_or_with_figures_that_do_not_add_up_is_dropped()
    {
        Assert.Equal("DROP", await Deliver(NewSignal(), Guid.NewGuid(), 26_520_00, 20_000_00, 6_520_00));
        Assert.Equal("DROP", await Deliver(NewSignal(), _line, 26_520_00, 20_000_00, 5_000_00));
        Assert.Empty(await Forecasts(_manager));
    }

    /// <summary>A §4.11 L876: "the Council and CCG would consider health and care budgets as a whole".</summary>
    private const string Joint = "Council and CCG consider health and care budgets as a whole; CWP reviews high-cost "
        + "placements.";

    private static object Mitigation(params Guid[] bodies) => Mitigation(Joint, bodies);

    private static object Mitigation(string summary, params Guid[] bodies) =>
        new { agreedByBodyIds = bodies, agreedOn = "2018-05-10", summary };

    private static string NewSignal() => Guid.NewGuid().ToString();

    private async Task<IReadOnlyList<JsonElement>> Forecasts(HttpClient client, string query = "") =>
        [.. (await Ok(client.GetAsync(_w.Fund("/overspend-forecasts" + query)))).EnumerateArray()];

    private Task<string> Deliver(string signalId, Guid budgetLineId, long commitment, long headroom, long overspend) =>
        SidecarDelivery.Deliver(_service.CreateClient(), "care-packages", "forecast-overspend-signalled", new
        {
            packageId = "pkg-1", signalId, fundId = _w.FundId.ToString(), budgetLineId = budgetLineId.ToString(),
            financialYear = new { startYear = 2018 },
            commitment = Money(commitment), headroom = Money(headroom), overspend = Money(overspend),
            signalledOn = new { year = 2018, month = 4, day = 6 },
        });

    private static object Money(long pence) => new { pence = pence.ToString(), currencyCode = "GBP" };
}
