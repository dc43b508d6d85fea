extern alias ContractsService;
extern alias FinanceService;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using DemoData;
using static DemoData.CarePathway;

namespace CarePackages.Tests.Api;

[CollectionDefinition(Name)]
public sealed class PartnersCollection : ICollectionFixture<Partners>
{
    public const string Name = "care packages with its partner services";
}

/// <summary>
/// The services care packages asks while it works, real and on their own gRPC ports: contracts (the
/// framework, providers' standing, rate cards) and pooled finance (headroom), loaded with the run
/// command's demo data through their REST APIs, plus what the journeys here need for 2018/19: the
/// council's line in Wirral's pool (<see cref="WirralPool"/>) and a home-care rate card. Started once for every test class in
/// the collection; each test starts its own care-packages service against them.
/// </summary>
public sealed class Partners : IAsyncLifetime
{
    public const string Locality = "Wirral West";
    /// <summary>The contracted home-care rate in Wirral West from 1 April 2018.</summary>
    public const decimal HomeCareHourlyRate = 18.00m;

    private ServiceHost<ContractsService::Program> _contracts = null!;
    private ServiceHost<FinanceService::Program> _finance = null!;

    public Guid WirralFund { get; private set; }
    public Guid CouncilLine { get; private set; }
    public HttpClient ContractsAdmin { get; private set; } = null!;
    public HttpClient FinanceOfficer { get; private set; } = null!;

    /// <summary>What a care-packages service under test is configured with to find its partners.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Services:Contracts"] = _contracts.GrpcAddress.ToString(), ["Services:PooledFinance"] = _finance.GrpcAddress.ToString(),
    };

    public async Task InitializeAsync()
    {
        _contracts = new ServiceHost<ContractsService::Program>();
        _finance = new ServiceHost<FinanceService::Program>();
        var token = DevelopmentTokens.Mint(new DevelopmentTokenRequest("demo-loader", Council,
            [Roles.PlatformAdmin, Roles.Commissioner, Roles.FinanceOfficer, Roles.PoolManager], OrganisationKind: "council"));
        var wirral = await PooledFinanceDemo.Load(new DemoClient(_finance.HttpAddress, token));
        await ContractsDemo.Load(new DemoClient(_contracts.HttpAddress, token), wirral.Id);
        ContractsAdmin = Client(() => new HttpClient { BaseAddress = _contracts.HttpAddress }, "contracts-officer", Council, Roles.Commissioner);
        FinanceOfficer = Client(() => new HttpClient { BaseAddress = _finance.HttpAddress }, "finance-officer", Council, Roles.FinanceOfficer);
        (WirralFund, CouncilLine) = await WirralPool.CouncilLine2018(FinanceOfficer);
        var card = Id(await Read(await ContractsAdmin.PostAsJsonAsync("/api/v1/rate-cards", new { serviceType = "home-care", locality = Locality, unit = "per-hour" })));
        await Read(await ContractsAdmin.PostAsJsonAsync($"/api/v1/rate-cards/{card}/rates", new
        {
            effectiveFrom = "2018-04-01", effectiveTo = (string?)null, amount = HomeCareHourlyRate,
        }));
    }

    public async Task DisposeAsync()
    {
        await _contracts.DisposeAsync();
        await _finance.DisposeAsync();
    }

    /// <summary>
    /// A new care home admitted to the demo's Wirral framework for residential care in Wirral West, with
    /// two places and the given CQC rating; its code is new each time, so tests sharing the partners
    /// never meet each other's homes' offers.
    /// </summary>
    public async Task<string> AdmitCareHome(string cqcRating)
    {
        var code = "H" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..7];
        var home = Id(await Read(await ContractsAdmin.PostAsJsonAsync("/api/v1/providers", new
        {
            name = $"Care home {code}", odsCode = code, sector = "private", cqcLocationId = "1-" + Random.Shared.Next(100_000_000, 999_999_999),
        })));
        await Read(await ContractsAdmin.PostAsJsonAsync($"/api/v1/providers/{home}/cqc-ratings", new { rating = cqcRating, ratedOn = "2018-01-10" }));
        await Read(await ContractsAdmin.PostAsJsonAsync($"/api/v1/providers/{home}/living-wage", new { status = "paid", confirmedOn = "2018-01-10" }));
        var framework = Id((await Read(await ContractsAdmin.GetAsync("/api/v1/frameworks")))[0]);
        var lots = new[] { new { serviceType = "residential-care", locality = Locality } };
        await Read(await ContractsAdmin.PostAsJsonAsync($"/api/v1/frameworks/{framework}/admissions", new { providerId = home, admittedOn = "2018-04-01", lots }));
        await Read(await ContractsAdmin.PutAsJsonAsync($"/api/v1/providers/{home}/capacity", new { serviceType = "residential-care", locality = Locality, places = 2 }));
        return code;
    }

    /// <summary>Contracts suspends the provider, as a commissioner records it.</summary>
    public async Task Suspend(string code)
    {
        var provider = (await Read(await ContractsAdmin.GetAsync("/api/v1/providers"))).EnumerateArray()
            .Single(p => p.GetProperty("odsCode").GetString() == code);
        await Read(await ContractsAdmin.PostAsJsonAsync($"/api/v1/providers/{Id(provider)}/suspension", new
        {
            reason = "Safeguarding investigation", on = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        }));
    }
}
