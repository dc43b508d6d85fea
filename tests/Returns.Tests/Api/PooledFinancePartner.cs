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
public class PooledFinancePartner : IAsyncLifetime
{
    protected const string Council = ReturnsServiceTest.Wirral;
    protected const string Ccg = "12F";
    private ServiceHost<PooledFinanceService::Program> _service = null!;

    public Uri GrpcAddress => _service.GrpcAddress;

    /// <summary>The partnership's agreement and its bodies (the council, then the CCG), once set up.</summary>
    public Guid Agreement { get; private set; }
    public Guid[] Bodies { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _service = new ServiceHost<PooledFinanceService::Program>();
        (Bodies, Agreement) = await Partnership();
        await Funds();
    }

    /// <summary>The funds the council hosts under the agreement: W's pooled fund here.</summary>
    protected virtual async Task Funds()
    {
        var fund = await Fund("Wirral pooled fund", "pooled", "Director of Finance");
        var asc = await Line(fund, Bodies[0], Council, "COUNCIL-ASC", "Adult social care", 73_900_000m);
        await Line(fund, Bodies[1], Ccg, "CCG-A", "CCG commissioned services", 420_200_000m);
        await Line(fund, Bodies[0], Council, "PH-A", "Public health", 25_600_000m);
        await Post(fund, asc, "forecast", 74_650_000m, "2017-09-20");
    }

    /// <summary>An entry on a line of the fund, posted by the line owner's finance officer.</summary>
    protected async Task Post(Guid fund, Guid line, string kind, decimal amount, string postingDate,
        string organisation = Council)
    {
        using var finance = Client(organisation, Roles.FinanceOfficer);
        await Ok(finance.PostAsJsonAsync($"/api/v1/funds/{fund}/ledger", new
        {
            budgetLineId = line, kind, amount, postingDate, reference = $"{kind}:{line}:{postingDate}",
        }));
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    protected HttpClient Client(string organisation, string role)
    {
        var client = new HttpClient { BaseAddress = _service.HttpAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentTokens.Mint(
            new DevelopmentTokenRequest($"{role}-{organisation}", organisation, [role])));
        return client;
    }

    private async Task<(Guid[] Bodies, Guid Agreement)> Partnership()
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
        return (bodies, agreement);
    }

    /// <summary>A fund of the agreement hosted by the council.</summary>
    protected async Task<Guid> Fund(string name, string kind, string poolManager)
    {
        using var finance = Client(Council, Roles.FinanceOfficer);
        return Id(await Ok(finance.PostAsJsonAsync($"/api/v1/agreements/{Agreement}/funds", new
        {
            name, kind, hostBodyId = Bodies[0], poolManager, vatModel = "lead-commissioner",
        })));
    }

    protected async Task<Guid> Line(Guid fund, Guid owner, string organisation, string code, string name,
        decimal amount, string financialYear = "2017/18")
    {
        using var finance = Client(organisation, Roles.FinanceOfficer);
        return Id(await Ok(finance.PostAsJsonAsync($"/api/v1/funds/{fund}/budget-lines", new
        {
            ownerBodyId = owner, financialYear, code, name, pot = "a", amount,
            riskAssessment = new { reference = "RA-1", assessedBy = "Joint Finance Group", assessedOn = "2017-03-15" },
        })));
    }

    protected static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
