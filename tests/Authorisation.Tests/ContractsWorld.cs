extern alias ContractsService;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using DemoData;

namespace Authorisation.Tests;

/// <summary>
/// Contracts with the run command's demo data (ContractsDemo: Wirral Council's s75 delegation to CWP, its single
/// provider framework with a Wirral West care home, the £520-a-week rate card), on real Kestrel with its gRPC
/// port, plus a Plymouth rate card so that Plymouth's own lists are not empty; and the ids the matrix calls with.
/// </summary>
public sealed class ContractsWorld : IAsyncLifetime
{
    /// <summary>The demo's card: residential care in Wirral West at £520 a week from 1 April 2018.</summary>
    public const string WirralRate = "/api/v1/rate-cards/rate-in-force" + WirralRateQuery;

    public const string WirralRateQuery =
        "?serviceType=residential-care&locality=Wirral%20West&unit=per-week&on=2018-04-02";

    public ServiceHost<ContractsService::Program> Contracts { get; } = new();
    public Guid Contract { get; private set; }
    public Guid Framework { get; private set; }
    public Guid RateCard { get; private set; }
    public Guid PlymouthRateCard { get; private set; }
    public Guid Cwp { get; private set; }
    public Guid CareHome { get; private set; }
    public Guid DueDiligence { get; private set; }

    public async Task InitializeAsync()
    {
        var loader = PartnerUser.Token(Callers.WirralCouncil, Roles.PlatformAdmin, Roles.Commissioner);
        await ContractsDemo.Load(new DemoClient(Contracts.HttpAddress, loader), Guid.NewGuid());
        using var owner = Client(Callers.WirralCouncil, Roles.Commissioner);
        Contract = FirstId(await Get(owner, "/api/v1/contracts"));
        Framework = FirstId(await Get(owner, "/api/v1/frameworks"));
        RateCard = FirstId(await Get(owner, "/api/v1/rate-cards"));
        var providers = (await Get(owner, "/api/v1/providers")).EnumerateArray().ToList();
        Cwp = IdOf(providers.Single(p => p.GetProperty("odsCode").GetString() == Callers.Cwp));
        CareHome = IdOf(providers.Single(p => p.GetProperty("odsCode").GetString() == ContractsDemo.CareHomeCode));
        DueDiligence = FirstId(await Get(owner, $"/api/v1/providers/{Cwp}/due-diligence"));
        using var plymouth = Client(Callers.PlymouthCouncil, Roles.Commissioner);
        using var opened = await plymouth.PostAsJsonAsync("/api/v1/rate-cards",
            new { serviceType = "residential-care", locality = "Plymouth", unit = "per-week" });
        PlymouthRateCard = IdOf(JsonDocument.Parse(await opened.Content.ReadAsStringAsync()).RootElement);
    }

    public HttpClient Client(string organisation, params string[] roles) =>
        PartnerUser.Client(Contracts.HttpAddress, organisation, roles);

    public string Token(string organisation, params string[] roles) => PartnerUser.Token(organisation, roles);

    private static Task<JsonElement> Get(HttpClient client, string path) => WirralWorld.Get(client, path);

    private static Guid FirstId(JsonElement list) => IdOf(list.EnumerateArray().First());

    private static Guid IdOf(JsonElement record) => record.GetProperty("id").GetGuid();

    public async Task DisposeAsync() => await Contracts.DisposeAsync();
}
