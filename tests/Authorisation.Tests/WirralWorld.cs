extern alias FinanceService;
using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using DemoData;

namespace Authorisation.Tests;

/// <summary>
/// Pooled finance with the run command's demo data (Wirral's and Plymouth's pools, PooledFinanceDemo),
/// on real Kestrel with its gRPC port, and the ids of Wirral's records the matrix calls routes with.
/// </summary>
public sealed class WirralWorld : IAsyncLifetime
{
    public ServiceHost<FinanceService::Program> Finance { get; } = new();
    public Guid Partnership { get; private set; }
    public Guid PlymouthPartnership { get; private set; }
    public Guid CouncilBody { get; private set; }
    public Guid CcgBody { get; private set; }
    public Guid Agreement { get; private set; }
    public Guid Fund { get; private set; }
    public Guid CouncilLine { get; private set; }
    public Guid Contribution { get; private set; }
    public Guid Debt { get; private set; }
    public Guid LedgerEntry { get; private set; }
    public Guid SavingsPlan { get; private set; }
    public Guid Saving { get; private set; }
    public Guid BetterCarePlan { get; private set; }
    public Guid ScopeChange { get; private set; }
    public Guid Decision { get; private set; }

    public async Task InitializeAsync()
    {
        var loader = PartnerUser.Token(Callers.WirralCouncil,
            Roles.PlatformAdmin, Roles.Commissioner, Roles.FinanceOfficer, Roles.PoolManager);
        var wirral = await PooledFinanceDemo.Load(new DemoClient(Finance.HttpAddress, loader));
        (Fund, CouncilBody) = (wirral.Id, wirral.CouncilBodyId);
        using var owner = Client(Callers.WirralCouncil, Roles.FinanceOfficer, Roles.Commissioner);
        var partnerships = await Get(owner, "/api/v1/partnerships");
        var mine = partnerships.EnumerateArray().Single();
        Partnership = mine.GetProperty("id").GetGuid();
        CcgBody = mine.GetProperty("bodies").EnumerateArray().Single(b => b.GetProperty("code").GetString() == Callers.WirralCcg)
            .GetProperty("id").GetGuid();
        using var plymouth = Client(Callers.PlymouthCouncil, Roles.Commissioner);
        PlymouthPartnership = (await Get(plymouth, "/api/v1/partnerships"))[0].GetProperty("id").GetGuid();
        Agreement = (await Get(owner, $"/api/v1/partnerships/{Partnership}/agreements"))[0].GetProperty("id").GetGuid();
        CouncilLine = FirstId(await Get(owner, $"/api/v1/funds/{Fund}/budget-lines"));
        Contribution = FirstId(await Get(owner, $"/api/v1/funds/{Fund}/contributions"));
        Debt = FirstId(await Get(owner, $"/api/v1/agreements/{Agreement}/debts"));
        LedgerEntry = FirstId((await Get(owner, $"/api/v1/funds/{Fund}/ledger")).GetProperty("entries"));
        var plan = (await Get(owner, $"/api/v1/partnerships/{Partnership}/savings-plans"))[0];
        (SavingsPlan, Saving) = (plan.GetProperty("id").GetGuid(), FirstId(plan.GetProperty("savings")));
        var bcf = (await Get(owner, $"/api/v1/agreements/{Agreement}/funds")).EnumerateArray()
            .Single(f => f.GetProperty("kind").GetString() == "better-care-fund").GetProperty("id").GetGuid();
        BetterCarePlan = FirstId(await Get(owner, $"/api/v1/funds/{bcf}/bcf-plans"));
        ScopeChange = await ProposeCcgPotB();
        Decision = await RecordJointBoardDecision();
    }

    /// <summary>The Joint Board's variation decision under both partners' delegations (W:714).</summary>
    private async Task<Guid> RecordJointBoardDecision()
    {
        using var commissioner = Client(Callers.WirralCouncil, Roles.Commissioner);
        return await CreatedId(commissioner, $"/api/v1/agreements/{Agreement}/decisions",
            WirralBodies.JointDecision(this, "Vary the pooled budget"));
    }

    /// <summary>The CCG's £73.2m Pot B (W:606-611, W:616) proposed for the pool, awaiting approval.</summary>
    private async Task<Guid> ProposeCcgPotB()
    {
        using var ccg = Client(Callers.WirralCcg, Roles.FinanceOfficer);
        return await CreatedId(ccg, $"/api/v1/funds/{Fund}/scope-changes",
            WirralBodies.ScopeChange(CcgBody, "CCG-POT-B"));
    }

    private static async Task<Guid> CreatedId(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public HttpClient Client(string organisation, params string[] roles) =>
        PartnerUser.Client(Finance.HttpAddress, organisation, roles);

    public static async Task<JsonElement> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Guid FirstId(JsonElement list) => list.EnumerateArray().First().GetProperty("id").GetGuid();

    public async Task DisposeAsync() => await Finance.DisposeAsync();
}
