extern alias PooledFinanceService;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using static Commissioning.Testing.Answers;

namespace Returns.Tests.Api;

/// <summary>
/// Pooled finance, real, on its own REST and h2c gRPC ports, which statutory returns asks for the positions of the
/// funds a council hosts when it collects a pool report: W's partnership (Wirral Council E08000015, NHS Wirral CCG
/// 12F) and its pooled fund hosted by the council, with W's 2017/18 Pot A lines (W:615-618: adult social care
/// £73.9m, the CCG's pooled services £420.2m, public health £25.6m) and the council's forecast overspend of
/// £750,000 on adult social care, set up through its REST API by the partners' own officers.
/// </summary>
public sealed class PooledFinancePartner : IAsyncLifetime
{
    private const string Council = ReturnsServiceTest.Wirral;
    private const string Ccg = "12F";
    private ServiceHost<PooledFinanceService::Program> _service = null!;

    public Uri GrpcAddress => _service.GrpcAddress;

    public async Task InitializeAsync()
    {
        _service = new ServiceHost<PooledFinanceService::Program>();
        var (bodies, fund) = await Pool();
        var asc = await Line(fund, bodies[0], Council, "COUNCIL-ASC", "Adult social care", 73_900_000m);
        await Line(fund, bodies[1], Ccg, "CCG-A", "CCG commissioned services", 420_200_000m);
        await Line(fund, bodies[0], Council, "PH-A", "Public health", 25_600_000m);
        using var finance = Client(Council, Roles.FinanceOfficer);
        await Ok(finance.PostAsJsonAsync($"/api/v1/funds/{fund}/ledger", new
        {
            budgetLineId = asc, kind = "forecast", amount = 74_650_000m, postingDate = "2017-09-20",
            reference = "forecast:asc:2017-09-20",
        }));
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private HttpClient Client(string organisation, string role)
    {
        var client = new HttpClient { BaseAddress = _service.HttpAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentTokens.Mint(
            new DevelopmentTokenRequest($"{role}-{organisation}", organisation, [role])));
        return client;
    }

    private async Task<(Guid[] Bodies, Guid Fund)> Pool()
    {
        using var commissioner = Client(Council, Roles.Commissioner);
        var partnership = await Ok(commissioner.PostAsJsonAsync("/api/v1/partnerships", new
        {
            name = "Wirral Integrated Commissioning Hub",
            bodies = new[]
            {
                new { name = "Wirral Council", kind = "council", code = Council },
                new { name = "NHS Wirral CCG", kind = "clinical-commissioning-group", code = Ccg },
            },
        }));
        var bodies = partnership.GetProperty("bodies").EnumerateArray().Select(Id).ToArray();
        var agreement = Id(await Ok(commissioner.PostAsJsonAsync($"/api/v1/partnerships/{Id(partnership)}/agreements",
            new
            {
                title = "Wirral s75 2017/18", aims = new[] { "One budget" }, functions = new[] { "Adult social care" },
                termStart = "2017-04-01", termEnd = (string?)null, firstAnnualReview = "2018-03-31",
                noticePeriodMonths = 3,
            })));
        foreach (var body in bodies)
            await Ok(commissioner.PostAsJsonAsync($"/api/v1/agreements/{agreement}/approvals", new
            {
                partnerBodyId = body, approvingBody = "Cabinet", delegationReference = "Minute 12",
                approvedOn = "2017-03-01",
            }));
        await Ok(commissioner.PostAsJsonAsync($"/api/v1/agreements/{agreement}/in-force", new { from = "2017-04-01" }));
        using var finance = Client(Council, Roles.FinanceOfficer);
        var fund = await Ok(finance.PostAsJsonAsync($"/api/v1/agreements/{agreement}/funds", new
        {
            name = "Wirral pooled fund", kind = "pooled", hostBodyId = bodies[0], poolManager = "Director of Finance",
            vatModel = "lead-commissioner",
        }));
        return (bodies, Id(fund));
    }

    private async Task<Guid> Line(Guid fund, Guid owner, string organisation, string code, string name,
        decimal amount)
    {
        using var finance = Client(organisation, Roles.FinanceOfficer);
        return Id(await Ok(finance.PostAsJsonAsync($"/api/v1/funds/{fund}/budget-lines", new
        {
            ownerBodyId = owner, financialYear = "2017/18", code, name, pot = "a", amount,
            riskAssessment = new { reference = "RA-1", assessedBy = "Joint Finance Group", assessedOn = "2017-03-15" },
        })));
    }

    private static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
