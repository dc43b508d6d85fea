using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using PooledFinance.Domain.Position;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>The 10-working-day notification clock over HTTP (P:L409-413), across Christmas and Easter bank holidays.</summary>
public sealed class VariancesApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _w = null!;
    private HttpClient _manager = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _w = await PartnerPool.Wirral(_service);
        _manager = _w.Council(Roles.PoolManager);
    }

    public async Task DisposeAsync()
    {
        _manager.Dispose();
        await _service.DisposeAsync();
    }

    private async Task<JsonElement> Identify(PartnerPool pool, HttpClient manager, string year, int month, string identifiedOn) =>
        await Ok(manager.PostAsJsonAsync(pool.Fund("/variances"), new { financialYear = year, month, identifiedOn }));

    [Fact]
    public async Task A_variance_found_before_Christmas_2018_is_due_on_8_January_and_notified_in_time()
    {
        var asc = await _w.Line("COUNCIL-ASC", "Adult social care", _w.CouncilId, "2018/19", 73_900_000m);
        await _w.Forecast(asc, 74_400_000m, "2018-12-14");

        // Thursday 20 December: Christmas Day, Boxing Day and New Year's Day are not working days.
        var clock = await Identify(_w, _manager, "2018/19", 9, "2018-12-20");
        Assert.Equal("2019-01-08", clock.GetProperty("notifyBy").GetString());
        Assert.Equal(500_000m, clock.GetProperty("variance").GetProperty("variance").GetDecimal());
        var id = Id(clock.GetProperty("variance"));
        await Refused(_manager.PostAsJsonAsync(_w.Fund("/variances"), new { financialYear = "2018/19", month = 9, identifiedOn = "2018-12-21" }),
            HttpStatusCode.Conflict, "month", VarianceRules.OneClockAMonth);

        using var ccg = _w.Ccg(Roles.FinanceOfficer);
        Assert.False(Single(await Ok(ccg.GetAsync(_w.Fund("/variances?asOf=2019-01-08")))).GetProperty("overdue").GetBoolean());
        Assert.True(Single(await Ok(ccg.GetAsync(_w.Fund("/variances?asOf=2019-01-09")))).GetProperty("overdue").GetBoolean());

        var notified = await Ok(_manager.PostAsJsonAsync(_w.Fund($"/variances/{id}/notification"),
            new { notifiedBodyIds = new[] { _w.CouncilId, _w.CcgId }, notifiedOn = "2019-01-08" }));
        Assert.False(notified.GetProperty("variance").GetProperty("notifiedLate").GetBoolean());
        var planned = await Ok(_manager.PostAsJsonAsync(_w.Fund($"/variances/{id}/action-plan"),
            new { summary = "Recovery plan: review high-cost placements", preparedBy = "Integrated management team", agreedOn = "2019-01-15" }));
        Assert.Equal("2019-01-15", planned.GetProperty("variance").GetProperty("actionPlan").GetProperty("agreedOn").GetString());
        Assert.False(Single(await Ok(ccg.GetAsync(_w.Fund("/variances?asOf=2019-02-01")))).GetProperty("overdue").GetBoolean());
        var identified = Assert.Single(await _w.Events("variance-identified"));
        Assert.Equal((2018, 9), (identified.GetProperty("period").GetProperty("financialYear").GetProperty("startYear").GetInt32(),
            identified.GetProperty("period").GetProperty("month").GetInt32()));
        Assert.False(Assert.Single(await _w.Events("variance-notified")).GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task A_variance_found_before_Easter_2015_is_due_on_20_April_and_flagged_overdue_once()
    {
        var p = await PartnerPool.Plymouth(_service);
        using var manager = p.Council(Roles.PoolManager);
        // P:L306-321: planned spend £448,223k against a resource limit of £421,481k in 2015/16.
        var pool = await p.Line("POOL", "Integrated fund", p.CcgId, "2015/16", 421_481_000m);
        await p.Forecast(pool, 448_223_000m, "2015-04-02");

        // Thursday 2 April 2015: Good Friday 3 April and Easter Monday 6 April are bank holidays.
        var clock = await Identify(p, manager, "2015/16", 1, "2015-04-02");
        Assert.Equal("2015-04-20", clock.GetProperty("notifyBy").GetString());
        Assert.Equal(26_742_000m, clock.GetProperty("variance").GetProperty("variance").GetDecimal());

        var flagged = await Ok(manager.PostAsync(p.Fund("/variances/overdue-flags"), null));
        Assert.True(Single(flagged).GetProperty("overdue").GetBoolean());
        Assert.Equal(0, (await Ok(manager.PostAsync(p.Fund("/variances/overdue-flags"), null))).GetArrayLength());
        var overdue = Assert.Single(await p.Events("variance-notification-overdue"));
        Assert.Equal(20, overdue.GetProperty("notifyPartnersBy").GetProperty("day").GetInt32());
    }

    [Fact]
    public async Task A_notification_that_misses_a_partner_is_refused_and_nothing_is_recorded()
    {
        var asc = await _w.Line("COUNCIL-ASC", "Adult social care", _w.CouncilId, "2018/19", 73_900_000m);
        await _w.Forecast(asc, 73_000_000m, "2018-06-10");
        var id = Id((await Identify(_w, _manager, "2018/19", 3, "2018-06-12")).GetProperty("variance"));

        await Refused(_manager.PostAsJsonAsync(_w.Fund($"/variances/{id}/notification"), new { notifiedBodyIds = new[] { _w.CouncilId }, notifiedOn = "2018-06-13" }),
            HttpStatusCode.BadRequest, "notifiedBodyIds", VarianceRules.EveryPartnerNotified);
        var listed = Single(await Ok(_manager.GetAsync(_w.Fund("/variances?asOf=2018-06-13"))));
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("variance").GetProperty("notifiedOn").ValueKind);
    }

    [Fact]
    public async Task A_fund_on_budget_has_no_variance_to_notify_and_nothing_is_written()
    {
        await _w.Line("COUNCIL-ASC", "Adult social care", _w.CouncilId, "2018/19", 73_900_000m);
        await Refused(_manager.PostAsJsonAsync(_w.Fund("/variances"), new { financialYear = "2018/19", month = 3, identifiedOn = "2018-06-12" }),
            HttpStatusCode.UnprocessableEntity, "variance", VarianceRules.SomethingToNotify);
        Assert.Equal(0, (await Ok(_manager.GetAsync(_w.Fund("/variances")))).GetArrayLength());
    }

    [Fact]
    public async Task Only_a_pool_manager_records_the_clock_and_a_provider_user_sees_nothing()
    {
        using var finance = _w.Ccg(Roles.FinanceOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.PostAsJsonAsync(_w.Fund("/variances"),
            new { financialYear = "2018/19", month = 3, identifiedOn = "2018-06-12" })).StatusCode);
        using var provider = _service.ClientFor("RXA", Roles.ProviderUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(_w.Fund("/variances"))).StatusCode);
    }

    private static JsonElement Single(JsonElement array) => Assert.Single(array.EnumerateArray().ToList());
}
