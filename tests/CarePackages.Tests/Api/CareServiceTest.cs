using Commissioning.Testing;

namespace CarePackages.Tests.Api;

/// <summary>
/// A test of the care-packages service over HTTP: its own fresh service and store per test, the
/// collection's real partner services behind it, and the A document's journey to drive it.
/// </summary>
public abstract class CareServiceTest(Partners partners) : IAsyncLifetime
{
    protected Partners Partners { get; } = partners;
    protected ServiceUnderTest<Program> Service { get; private set; } = null!;
    protected CareJourney Journey { get; private set; } = null!;

    public virtual Task InitializeAsync()
    {
        Service = new ServiceUnderTest<Program>(Partners.Settings);
        Journey = new CareJourney(Service.CreateClient, Partners.WirralFund, Partners.CouncilLine);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}
