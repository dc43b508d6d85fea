extern alias CareService;
extern alias ContractsService;
extern alias FinanceService;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using DemoData;
using static DemoData.CarePathway;

namespace Authorisation.Tests;

[CollectionDefinition(Name)]
public sealed class WirralCareCollection : ICollectionFixture<WirralCare>
{
    public const string Name = "Wirral's care records";
}

/// <summary>
/// Care packages on real Kestrel with its gRPC port, beside the contracts and pooled-finance services it asks
/// (loaded with the run command's demo data), and one Wirral resident's records along the demo's journey: the
/// council registers and refers them, CWP assesses and plans under Wirral's delegation, the council verifies and
/// funds the plan and puts it to the market, Oak Lodge offers, the council starts the package with Oak Lodge, and
/// a concern goes to CWP to investigate. The ids are what the care matrix and regression tests call routes with.
/// </summary>
public sealed class WirralCare : IAsyncLifetime
{
    public const string NhsNumber = "9434765919";

    private ServiceHost<FinanceService::Program> _finance = null!;
    private ServiceHost<ContractsService::Program> _contracts = null!;

    public ServiceHost<CareService::Program> Care { get; private set; } = null!;
    public Guid Person { get; private set; }
    public Guid Referral { get; private set; }
    public Guid Assessment { get; private set; }
    public Guid Plan { get; private set; }
    public Guid Need { get; private set; }
    public Guid Verification { get; private set; }
    public Guid Request { get; private set; }
    public Guid Offer { get; private set; }
    public Guid Package { get; private set; }
    public Guid Concern { get; private set; }

    public async Task InitializeAsync()
    {
        (_finance, _contracts) = (new(), new());
        var loader = PartnerUser.Token(Callers.WirralCouncil,
            Roles.PlatformAdmin, Roles.Commissioner, Roles.FinanceOfficer, Roles.PoolManager);
        var wirral = await PooledFinanceDemo.Load(new DemoClient(_finance.HttpAddress, loader));
        await ContractsDemo.Load(new DemoClient(_contracts.HttpAddress, loader), wirral.Id);
        Care = new(new Dictionary<string, string?>
        {
            ["Services:Contracts"] = _contracts.GrpcAddress.ToString(),
            ["Services:PooledFinance"] = _finance.GrpcAddress.ToString(),
        });
        using var financeOfficer = Client(() => new HttpClient { BaseAddress = _finance.HttpAddress },
            "finance-officer", Callers.WirralCouncil, Roles.FinanceOfficer);
        var (fund, line) = await WirralPool.CouncilLine2018(financeOfficer);
        await Journey(new CarePathway(() => new HttpClient { BaseAddress = Care.HttpAddress }, fund, line));
    }

    private async Task Journey(CarePathway journey)
    {
        var plan = await journey.SubmittedPlan(ResidentialCare(520.00m), NhsNumber);
        (Plan, Assessment) = (Id(plan), plan.GetProperty("assessmentId").GetGuid());
        Need = plan.GetProperty("needs")[0].GetProperty("needId").GetGuid();
        var assessment = await Read(await journey.Commissioner.GetAsync($"/api/v1/assessments/{Assessment}"));
        Referral = assessment.GetProperty("referralId").GetGuid();
        Person = Id((await Read(await journey.Commissioner.GetAsync($"/api/v1/people?nhsNumber={NhsNumber}")))[0]);
        Verification = Id(await journey.Agreed(await journey.ReadyToAgree(plan, "Wirral West", 500m, 650m)));
        Request = Id(await Read(await journey.Broker.PostAsJsonAsync("/api/v1/placement-requests", new
        {
            supportPlanId = Plan, serviceType = "residential-care", locality = "Wirral West",
            startDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd"),
            needsSummary = "Needs a ground-floor room near family in West Kirby.",
        })));
        using var oakLodge = As(Callers.OakLodge, Roles.ProviderUser);
        var offered = await Read(await oakLodge.PostAsJsonAsync(
            $"/api/v1/placement-requests/{Request}/offers", new { weeklyPrice = 520.00m }));
        Offer = offered.GetProperty("offers")[0].GetProperty("id").GetGuid();
        Package = Id(await Read(await journey.Broker.PostAsJsonAsync("/api/v1/packages", new
        {
            supportPlanId = Plan, startDate = "2018-04-09",
            arrangements = new[]
            {
                new
                {
                    planLineId = plan.GetProperty("costLines")[0].GetProperty("id").GetGuid(),
                    mechanism = "council-commissioned-support", providerCode = Callers.OakLodge,
                },
            },
        })));
        Concern = Id(await Read(await journey.Commissioner.PostAsJsonAsync("/api/v1/safeguarding-concerns", new
        {
            personId = Person, summary = "Bruising noticed at a visit.", raisedOn = "2018-05-01",
            deliveringProviderCode = Callers.Cwp, investigationDelegated = true,
        })));
    }

    /// <summary>A client of care packages as a user of <paramref name="organisation"/>.</summary>
    public HttpClient As(string organisation, params string[] roles) =>
        PartnerUser.Client(Care.HttpAddress, organisation, roles);

    public static async Task<JsonElement> Get(HttpClient client, string path) =>
        await Read(await client.GetAsync(path));

    public async Task DisposeAsync()
    {
        await Care.DisposeAsync();
        await _contracts.DisposeAsync();
        await _finance.DisposeAsync();
    }
}
