using System.Net;
using System.Net.Http.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static PooledFinance.Tests.Api.PartnerPool;

namespace PooledFinance.Tests.Api;

/// <summary>
/// Issue 16 item 11 through the API: Wirral's 2017/18 pot table (W:606-611, £m as pounds) stated by the pool
/// manager and read by the CCG: £519.7m pooled, £98.6m not (BR-10), the council's row flagged against its
/// £77.8m net budget (BR-05), and each body's Pot A tied to the pool's lines.
/// </summary>
public sealed class PotTablesApiTests : IAsyncLifetime
{
    private ServiceUnderTest<Program> _service = null!;
    private PartnerPool _w = null!;

    public async Task InitializeAsync()
    {
        _service = new ServiceUnderTest<Program>();
        _w = await PartnerPool.Wirral(_service);
        await _w.Line("COUNCIL-ASC", "Adult social care (Pot A)", _w.CouncilId, "2017/18", 73_900_000m);
        await _w.Line("CCG-COMMISSIONED", "CCG commissioned services (Pot A)", _w.CcgId, "2017/18", 420_200_000m);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private object Table(decimal ccgPotB = 73_200_000m) => new
    {
        financialYear = "2017/18",
        rows = new object[]
        {
            new { ownerBodyId = _w.CouncilId, label = "Council", a = 73_900_000m, b = 0m, c = 0m, d = 5_200_000m,
                statedTotal = 79_100_000m, allocation = 77_800_000m },
            new { ownerBodyId = _w.CcgId, label = "CCG", a = 420_200_000m, b = ccgPotB, c = 200_000m,
                d = 15_700_000m, statedTotal = 509_300_000m, allocation = 509_300_000m },
            new { ownerBodyId = _w.CouncilId, label = "Public Health", a = 25_600_000m, b = 0m, c = 0m,
                d = 4_300_000m, statedTotal = 29_900_000m, allocation = 29_900_000m },
        },
        totals = new { a = 519_700_000m, b = 73_200_000m, c = 200_000m, d = 25_200_000m, grand = 618_300_000m },
    };

    [Fact]
    public async Task Wirrals_table_pools_519_7m_and_flags_the_councils_budget_basis_and_the_unpooled_public_health()
    {
        using var manager = _w.Council(Roles.PoolManager);
        var created = await Ok(manager.PostAsJsonAsync($"/api/v1/agreements/{_w.AgreementId}/pot-tables", Table()));

        using var ccg = _w.Ccg(Roles.Commissioner);
        var table = await Ok(ccg.GetAsync($"/api/v1/pot-tables/{Id(created)}"));

        Assert.Equal((519_700_000m, 98_600_000m), (table.GetProperty("pooled").GetDecimal(),
            table.GetProperty("nonPooled").GetDecimal()));
        // The pool here holds the council's adult social care line only: Public Health's £25.6m is not yet in it.
        Assert.Equal(
            [("Council total against its allocation", 1_300_000m),
                ("Council and Public Health Pot A against the pooled lines", 25_600_000m)],
            table.GetProperty("discrepancies").EnumerateArray()
                .Select(d => (d.GetProperty("where").GetString()!, d.GetProperty("difference").GetDecimal())));
    }

    [Fact]
    public async Task A_table_with_a_negative_cell_or_a_row_of_another_body_is_refused_and_nothing_is_stored()
    {
        using var manager = _w.Council(Roles.PoolManager);
        var path = $"/api/v1/agreements/{_w.AgreementId}/pot-tables";
        await Refused(manager.PostAsJsonAsync(path, Table(ccgPotB: -1m)), HttpStatusCode.BadRequest, "rows");
        await Refused(manager.PostAsJsonAsync(path, new
        {
            financialYear = "2017/18",
            rows = new[] { new { ownerBodyId = Guid.NewGuid(), label = "Stranger", a = 1m, b = 0m, c = 0m, d = 0m,
                statedTotal = 1m } },
            totals = new { a = 1m, b = 0m, c = 0m, d = 0m, grand = 1m },
        }), HttpStatusCode.NotFound, "ownerBodyId");
        using var auditor = _w.Ccg(Roles.Auditor);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync(path, Table())).StatusCode);

        Assert.Equal(0, (await Ok(manager.GetAsync(path))).GetArrayLength());
    }
}
