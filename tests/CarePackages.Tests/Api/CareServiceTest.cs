using System.Net.Http.Json;
using System.Text.Json;
using CarePackages.Api.Infrastructure;
using Commissioning.Eventing.Outbox;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        Service = new ServiceUnderTest<Program>(Partners.Settings, Replace);
        Journey = new CareJourney(Service.CreateClient, Partners.WirralFund, Partners.CouncilLine);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();

    /// <summary>Replaces services of the service's own before it starts (a test's clock).</summary>
    protected virtual void Replace(IServiceCollection services) { }

    /// <summary>Home care at £259.00 a week, agreed and started on Monday 9 April 2018 with agency 1-201.</summary>
    protected async Task<JsonElement> LivePackage()
    {
        var plan = await Journey.SubmittedPlan(DemoData.CarePathway.HomeCare(18.50m, 14m));
        await Journey.Agreed(await Journey.ReadyToAgree(plan, null, 240m, 280m));
        var planLineId = plan.GetProperty("costLines")[0].GetProperty("id").GetGuid();
        return await DemoData.CarePathway.Read(await Journey.Broker.PostAsJsonAsync("/api/v1/packages", new
        {
            supportPlanId = DemoData.CarePathway.Id(plan), startDate = "2018-04-09",
            arrangements = new[]
            {
                new { planLineId, mechanism = "council-commissioned-support", providerCode = "1-201" },
            },
        }));
    }

    /// <summary>The payloads of the outbox rows of event <paramref name="name"/> ("package-started").</summary>
    protected async Task<IReadOnlyList<JsonElement>> Staged(string name)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        var type = $"commissioning.care-packages.{name}.v1";
        var messages = await scope.ServiceProvider.GetRequiredService<CarePackagesStore>().Set<OutboxMessage>()
            .Where(m => m.Type == type).ToListAsync();
        return messages.Select(m => JsonDocument.Parse(m.Payload).RootElement.Clone()).ToList();
    }
}
