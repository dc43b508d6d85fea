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
}
