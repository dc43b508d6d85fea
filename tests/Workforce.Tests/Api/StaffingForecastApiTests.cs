using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Protos.Common.V1;
using Commissioning.Protos.Workforce.V1;
using Commissioning.Testing;
using Grpc.Net.Client;
using static Workforce.Tests.Api.WirralWorkforce;

namespace Workforce.Tests.Api;

/// <summary>
/// A's staffing forecast through REST and gRPC (A §4.9 Table 1, R-FIN-01..05): the establishment's bases with
/// a 1% pay award, 2.5% vacancy factor and 1.5% unpaid leave give £5.03m in 2018/19; the bases uplifted 1%
/// give £5.08m in 2019/20; each change is told, with the pool line it is committed on.
/// </summary>
public sealed class StaffingForecastApiTests : IAsyncLifetime
{
    private static readonly Guid WirralPool = Guid.Parse("0190f1a0-0000-7000-8000-0000000000d1");
    private ServiceHost<Program> _service = null!;
    private WirralWorkforce _a = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceHost<Program>();
        _a = await Create(_service);
        await _a.StateATable();
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private static object Table1 => new { payAwardPercent = 1m, vacancyFactorPercent = 2.5m,
        unpaidLeavePercent = 1.5m };

    [Fact]
    public async Task A_table_1_gives_5_03m_then_5_08m_and_the_pool_line_hears_of_it()
    {
        using var hr = _a.WirralAs(Roles.HrOfficer);
        var forecast = await Ok(hr.PostAsJsonAsync($"/api/v1/employers/{_a.WirralId}/staffing-forecasts", new
        {
            title = "All Age Disability staffing", fundId = WirralPool, budgetLineCode = "AAD-STAFF",
        }));
        var path = $"/api/v1/staffing-forecasts/{Id(forecast)}";
        var first = await Ok(hr.PutAsJsonAsync($"{path}/years/2018", Table1));
        Assert.Equal(5_030_000m, first.GetProperty("years")[0].GetProperty("subtotal").GetDecimal());
        var second = await Ok(hr.PostAsJsonAsync($"{path}/years/2019/uplift",
            new { upliftPercent = 1m, payAwardPercent = 1m, vacancyFactorPercent = 2.5m, unpaidLeavePercent = 1.5m }));
        Assert.Equal(5_080_000m, second.GetProperty("years")[1].GetProperty("subtotal").GetDecimal());

        var told = await _a.Events("staffing-forecast-changed");
        Assert.Equal([503_000_000L, 508_000_000L], told.Select(e => long.Parse(e.GetProperty("netStaffing")
            .GetProperty("pence").GetString()!)).Order());
        Assert.All(told, e => Assert.Equal("AAD-STAFF", e.GetProperty("budgetLineCode").GetString()));

        using var commissioner = _a.WirralAs(Roles.Commissioner);
        await Ok(commissioner.GetAsync(path));
        await Refused(commissioner.PutAsJsonAsync($"{path}/years/2018", Table1), HttpStatusCode.Forbidden);
        await Refused(hr.PutAsJsonAsync($"{path}/years/2018",
            new { payAwardPercent = 101m, vacancyFactorPercent = 2.5m, unpaidLeavePercent = 1.5m }),
            HttpStatusCode.BadRequest, "payAwardPercent");
    }

    [Fact]
    public async Task Another_service_asks_the_forecast_over_grpc_with_the_callers_token()
    {
        using var hr = _a.WirralAs(Roles.HrOfficer);
        var forecast = await Ok(hr.PostAsJsonAsync($"/api/v1/employers/{_a.WirralId}/staffing-forecasts",
            new { title = "All Age Disability staffing" }));
        await Ok(hr.PutAsJsonAsync($"/api/v1/staffing-forecasts/{Id(forecast)}/years/2018", Table1));
        using var channel = GrpcChannel.ForAddress(_service.GrpcAddress);
        var answer = await new WorkforceService.WorkforceServiceClient(channel).GetStaffingForecastAsync(
            new GetStaffingForecastRequest
            {
                Employer = new OrganisationRef { Code = Wirral },
                    FinancialYear = new FinancialYear { StartYear = 2018 },
            }, PartnerClients.Bearer(Token(Wirral, Roles.Commissioner)));
        Assert.Equal(503_000_000, answer.NetStaffing.Pence);
        // A Table 1: 1.06 + 1.04 + 3.09 + 0.05 - 0.13 - 0.08.
        Assert.Equal(-13_000_000, answer.Lines.Single(l => l.Name == "vacancy-factor").Amount.Pence);
        Assert.Equal(answer.NetStaffing.Pence, answer.Lines.Sum(l => l.Amount.Pence));
    }

    [Fact]
    public async Task One_off_recurrent_and_pension_costs_are_stated_by_the_HR_officer_and_read_back_A_table_1()
    {
        using var hr = _a.WirralAs(Roles.HrOfficer);
        var forecast = await Ok(hr.PostAsJsonAsync($"/api/v1/employers/{_a.WirralId}/staffing-forecasts",
            new { title = "All Age Disability staffing" }));
        var path = $"/api/v1/staffing-forecasts/{Id(forecast)}";

        // A §1.1 L197: £250,000 approved for 2017/18's one-off costs; A §4.9 L850-855: £0.25m of them.
        await Ok(hr.PutAsJsonAsync($"{path}/years/2017/one-off-approval",
            new { amount = 250_000m, body = "Cabinet", reference = "Cabinet 02.10.17" }));
        foreach (var (name, amount) in new[] { ("Project and Programme Managers", 40_000m), ("Due Diligence", 40_000m),
                     ("Actuarial Valuation", 10_000m), ("Software Licences", 110_000m), ("I.T. Hardware", 50_000m) })
            await Ok(hr.PostAsJsonAsync($"{path}/years/2017/one-off-costs", new { name, amount }));
        var beyond = await Ok(hr.PostAsJsonAsync($"{path}/years/2017/one-off-costs",
            new { name = "Further cost", amount = 1m }));
        // A Table 1: £0.11m additional staffing and £0.02m training from 2018/19; three lines "tbc".
        await Ok(hr.PostAsJsonAsync($"{path}/recurrent-costs",
            new { name = "Additional Staffing", fromYear = 2018, amount = 110_000m }));
        await Ok(hr.PostAsJsonAsync($"{path}/recurrent-costs", new { name = "VAT Liability", fromYear = 2018 }));
        await Ok(hr.PostAsJsonAsync($"{path}/recurrent-costs/confirmations",
            new { name = "VAT Liability", amount = 20_000m }));
        // A §4.3 L807: the precedent's £0.28m extra pension cost shared 50:50 by the council and the trust.
        var read = await Ok(hr.PutAsJsonAsync($"{path}/pension-cost-share", new
        {
            amount = 280_000m, shares = new[] { new { employerCode = Wirral, weight = 50m }, new { employerCode = "RXA",
                weight = 50m } },
        }));

        var year = beyond.GetProperty("oneOffCosts")[0];
        Assert.Equal((250_001m, 1m, true), (year.GetProperty("total").GetDecimal(),
            year.GetProperty("beyondApproval").GetDecimal(), year.GetProperty("flagged").GetBoolean()));
        var recurrent = read.GetProperty("recurrentCosts").EnumerateArray().ToList();
        Assert.Equal([110_000m, 20_000m], recurrent.Select(r => r.GetProperty("amount").GetDecimal()));
        Assert.Equal([140_000m, 140_000m], read.GetProperty("pensionCostShare").GetProperty("parts")
            .EnumerateArray().Select(p => p.GetProperty("amount").GetDecimal()));
        await Refused(hr.PostAsJsonAsync($"{path}/recurrent-costs",
            new { name = "Estates", fromYear = 2018, amount = 0m }), HttpStatusCode.BadRequest, "amount");
        await Refused(hr.PutAsJsonAsync($"{path}/pension-cost-share",
            new { amount = 1m, shares = new[] { new { employerCode = "RXA", weight = 100m } } }),
            HttpStatusCode.BadRequest, "shares");
        using var commissioner = _a.WirralAs(Roles.Commissioner);
        await Refused(commissioner.PostAsJsonAsync($"{path}/years/2017/one-off-costs",
            new { name = "Unapproved", amount = 1m }), HttpStatusCode.Forbidden);
        Assert.Equal(6, (await Ok(commissioner.GetAsync(path))).GetProperty("oneOffCosts")[0]
            .GetProperty("costs").GetArrayLength());
    }
}
