using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commissioning.Identity;
using Returns.Domain.PoolReports;
using static Commissioning.Testing.Answers;

namespace Returns.Tests.Api;

/// <summary>
/// The pool's quarterly and annual reports to each partner (issue 18 cap. 5; P:L403-405) as returns, collected from
/// the real pooled finance of <see cref="PooledFinancePartner"/> with the returns officer's token: W's three Pot A
/// lines of 2017/18 (W:615-618) and the fund's total, £519.7m budgeted and £750,000 forecast over (the joint monthly
/// report's own figures), validated, signed off and submitted as CSV; another council hosts none of W's funds.
/// </summary>
[Collection(CarePackagesCollection.Name)]
public sealed class PoolReportTests(CarePackagesPartner carePackages, PooledFinancePartner pooledFinance)
    : ReturnsServiceTest(carePackages), IClassFixture<PooledFinancePartner>
{
    protected override Dictionary<string, string?> Settings() =>
        new() { ["Services:PooledFinance"] = pooledFinance.GrpcAddress.ToString() };

    [Fact]
    public async Task Wirrals_quarter_2_report_has_a_row_per_line_and_the_funds_total_and_is_submitted_as_CSV()
    {
        var id = Id(await OpenReport(Officer, "2017/18 Q2"));

        var submitted = await Submitted(id);

        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        var rows = await Artefact(id);
        Assert.Equal(string.Join(',', PoolReportHeaders.All), rows[0]);
        var total = Row(rows, PoolReportHeaders.Total);
        Assert.Equal(("2017-09-30", "E08000015", "Wirral pooled fund", "pooled", "Director of Finance"),
            (total["Period_End"], total["Host_Code"], total["Fund"], total["Fund_Kind"], total["Pool_Manager"]));
        Assert.Equal(("519700000.00", "520450000.00", "750000.00", "0.14"), (total["Budget"],
            total["Forecast_Outturn"], total["Forecast_Variance"], total["Variance_Percent"]));
        var asc = Row(rows, "COUNCIL-ASC");
        Assert.Equal(("73900000.00", "74650000.00", "750000.00", "1.01"), (asc["Budget"], asc["Forecast_Outturn"],
            asc["Forecast_Variance"], asc["Variance_Percent"]));
        Assert.Equal(("420200000.00", "0.00"), (Row(rows, "CCG-A")["Budget"], Row(rows, "CCG-A")["Forecast_Variance"]));
        Assert.Equal(1 + 3 + 1, rows.Length);
    }

    [Fact]
    public async Task The_annual_report_is_taken_at_the_years_end()
    {
        var id = Id(await OpenReport(Officer, "2017/18"));

        await Submitted(id);

        var total = Row(await Artefact(id), PoolReportHeaders.Total);
        Assert.Equal(("2018-03-31", "519700000.00", "750000.00"),
            (total["Period_End"], total["Budget"], total["Forecast_Variance"]));
    }

    [Fact]
    public async Task A_council_that_hosts_no_fund_sees_none_of_Wirrals_and_its_report_is_found_empty()
    {
        using var liverpool = Service.ClientFor(Liverpool, Roles.ReturnsOfficer);
        var id = Id(await OpenReport(liverpool, "2017/18 Q2", Liverpool));

        var collected = await Ok(liverpool.PostAsJsonAsync($"/api/v1/returns/{id}/collections", new { }));
        var validated = await Ok(liverpool.PostAsJsonAsync($"/api/v1/returns/{id}/validations", new { }));

        Assert.Equal(0, Current(collected).GetProperty("rows").GetInt32());
        var finding = Assert.Single(Current(validated).GetProperty("findings").EnumerateArray());
        Assert.Equal(PoolReportValidator.HostsAFund, finding.GetProperty("rule").GetString());
        Assert.NotEqual("validated", validated.GetProperty("status").GetString());
    }

    private static Task<JsonElement> OpenReport(HttpClient officer, string period, string council = Wirral) =>
        Ok(officer.PostAsJsonAsync("/api/v1/returns", new { kind = "pool-quarterly", council, period }));

    private async Task<string[]> Artefact(Guid id) =>
        Encoding.UTF8.GetString(await Officer.GetByteArrayAsync($"/api/v1/returns/{id}/artefact"))
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, string> Row(string[] rows, string lineCode)
    {
        var header = rows[0].Split(',');
        var row = rows.Skip(1).Select(r => r.Split(',')).Single(r => r[Array.IndexOf(header, "Line_Code")] == lineCode);
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }
}
