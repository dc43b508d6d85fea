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
        Service = new ServiceUnderTest<Program>(Partners.Settings);
        Journey = new CareJourney(Service.CreateClient, Partners.WirralFund, Partners.CouncilLine);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();

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
