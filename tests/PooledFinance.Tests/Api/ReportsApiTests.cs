using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Commissioning.Identity;
using Commissioning.Testing;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Position;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>W's joint monthly report (JSON, CSV, SVG) built from the fund's position, with W's 2017/18 Pot A lines (W:615-618).</summary>
public sealed class ReportsApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _w = null!;
    private HttpClient _ccg = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _w = await PartnerPool.Wirral(_service);
        var asc = await _w.Line("COUNCIL-ASC", "Adult social care", _w.CouncilId, "2017/18", 73_900_000m);
        await _w.Line("CCG-A", "CCG commissioned services, pooled", _w.CcgId, "2017/18", 420_200_000m);
        await _w.Line("PH-A", "Public health <ring-fenced> & \"grant\"", _w.CouncilId, "2017/18", 25_600_000m);
        await _w.Forecast(asc, 74_650_000m, "2017-09-20");
        _ccg = _w.Ccg(Roles.FinanceOfficer);
    }

    public async Task DisposeAsync()
    {
        _ccg.Dispose();
        await _service.DisposeAsync();
    }

    private string Report(string query = "") => _w.Fund($"/report?financialYear=2017/18&month=6{query}");

    [Fact]
    public async Task Both_boards_read_the_month_6_report_as_JSON_with_519_7m_pooled_and_the_council_s_overspend()
    {
        var report = await Ok(_ccg.GetAsync(Report()));

        Assert.Equal("Month 6 (September 2017)", report.GetProperty("period").GetString());
        Assert.Equal(["Wirral Council", "NHS Wirral CCG"], report.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(519_700_000m, report.GetProperty("total").GetProperty("budget").GetDecimal());
        Assert.Equal(750_000m, report.GetProperty("total").GetProperty("variance").GetDecimal());
        var council = report.GetProperty("partners").EnumerateArray().Single(p => p.GetProperty("partner").GetString() == "Wirral Council");
        Assert.Equal((99_500_000m, 750_000m), (council.GetProperty("budget").GetDecimal(), council.GetProperty("variance").GetDecimal()));
    }

    [Fact]
    public async Task The_CSV_has_a_row_per_line_partner_and_total_with_text_quoted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Report());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await _ccg.SendAsync(request);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Row,Line,Name,Partner,Budget,Committed,Actual,Forecast,Variance", rows[1]);
        Assert.Contains("Line,COUNCIL-ASC,Adult social care,Wirral Council,73900000.00,0.00,0.00,74650000.00,750000.00", rows);
        Assert.Contains("Line,PH-A,\"Public health <ring-fenced> & \"\"grant\"\"\",Wirral Council,25600000.00,0.00,0.00,25600000.00,0.00", rows);
        Assert.Equal("Total,,,Total,519700000.00,0.00,0.00,520450000.00,750000.00", rows[^1]);
        Assert.Equal(2 + 3 + 2 + 1, rows.Length);
    }

    [Fact]
    public async Task The_SVG_chart_draws_budget_and_forecast_per_line_and_escapes_the_text()
    {
        using var response = await _ccg.GetAsync(Report("&format=svg"));
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();

        var svg = XDocument.Parse(text).Root!; // well-formed XML proves the partners' text was escaped
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Contains("Public health &lt;ring-fenced&gt; &amp; &quot;grant&quot;", text);
        Assert.Equal(6, svg.Elements(ns + "rect").Count(r => r.Element(ns + "title") is not null));
        Assert.Contains(svg.Descendants(ns + "title"), t => t.Value == "Forecast £74.65m");
        Assert.Contains(svg.Elements(ns + "text"), t => t.Value == "£750,000 over");
    }

    [Fact]
    public async Task A_month_outside_the_year_or_an_unknown_format_is_refused_naming_the_field()
    {
        await Refused(_ccg.GetAsync(_w.Fund("/report?financialYear=2017/18&month=13")), HttpStatusCode.BadRequest,
            "month", VarianceRules.MonthOfTheYear);
        await Refused(_ccg.GetAsync(Report("&format=pdf")), HttpStatusCode.BadRequest, "format",
            PooledFinanceApiRules.ReportFormat);
        await Refused(_ccg.GetAsync(_w.Fund("/report?financialYear=2017-18&month=6")), HttpStatusCode.BadRequest, "financialYear");
    }

    [Fact]
    public async Task A_provider_user_and_a_body_outside_the_partnership_cannot_read_the_report()
    {
        using var provider = _service.ClientFor("RXA", Roles.ProviderUser);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(Report())).StatusCode);
        using var plymouth = _service.ClientFor("E06000026", Roles.FinanceOfficer);
        await Refused(plymouth.GetAsync(Report()), HttpStatusCode.NotFound, "id");
    }
}
