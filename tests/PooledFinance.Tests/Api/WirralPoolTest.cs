using Commissioning.Identity;
using Commissioning.Testing;

namespace PooledFinance.Tests.Api;

/// <summary>A test class over a real pooled-finance host holding W's partnership, agreement and pooled fund, set up through the API.</summary>
public abstract class WirralPoolTest : IAsyncLifetime
{
    protected ServiceUnderTest<Program> Service { get; private set; } = null!;
    /// <summary>The council's finance officer and pool manager.</summary>
    protected HttpClient Finance { get; private set; } = null!;
    /// <summary>NHS Wirral CCG's finance officer: a partner changes only its own body's lines.</summary>
    protected HttpClient CcgFinance { get; private set; } = null!;
    protected WirralPool Pool { get; private set; } = null!;

    /// <summary>APP_API_TOKEN of the host when set: the sidecar then proves itself with it as dapr-api-token.</summary>
    protected virtual string? AppToken => null;

    public virtual async Task InitializeAsync()
    {
        Service = new ServiceUnderTest<Program>(AppToken is null ? null : new Dictionary<string, string?>
        {
            ["APP_API_TOKEN"] = AppToken,
        });
        Finance = Service.ClientFor("E08000015", Roles.FinanceOfficer, Roles.PoolManager);
        Sidecar = Service.CreateClient();
        if (AppToken is not null) Sidecar.DefaultRequestHeaders.Add("dapr-api-token", AppToken);
        CcgFinance = Service.ClientFor("12F", Roles.FinanceOfficer);
        Pool = await WirralPool.Create(Service.ClientFor("E08000015", Roles.Commissioner), Finance);
    }

    /// <summary>The service's plain HTTP client, as the sidecar reaches its subscription routes.</summary>
    protected HttpClient Sidecar { get; private set; } = null!;

    public async Task DisposeAsync()
    {
        Sidecar.Dispose();
        CcgFinance.Dispose();
        await Service.DisposeAsync();
    }
}
