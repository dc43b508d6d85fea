using System.Net.Http.Json;
using System.Text.Json;
using Commissioning.Eventing.Outbox;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Notifications.Api.Delivering;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Visibility;

namespace Notifications.Tests.Api;

/// <summary>
/// The notifications service on a real store (SQLite, or the settings' PostgreSQL) whose clock the test moves,
/// with the provider users of two care homes, and the readings a test asserts on.
/// </summary>
public sealed class ProviderEndpoints : IAsyncDisposable
{
    public const string CareHome = "PRV-0042";
    public const string OtherCareHome = "PRV-0077";
    public const string ThirdCareHome = "PRV-0099";
    public const string Route = "/api/v1/webhook-endpoints";

    private ProviderEndpoints(ServiceUnderTest<Program> service, StepClock clock) =>
        (Service, Clock) = (service, clock);

    public ServiceUnderTest<Program> Service { get; }

    public StepClock Clock { get; }

    /// <param name="clock">The clock, when two hosts (replicas on one store) share one.</param>
    public static ProviderEndpoints Start(Dictionary<string, string?> settings, StepClock? clock = null)
    {
        clock ??= new StepClock();
        var service = new ServiceUnderTest<Program>(
            new Dictionary<string, string?>(settings) { ["Notifications:DeliverySweepInterval"] = "01:00:00" },
            s => s.AddSingleton<TimeProvider>(clock));
        return new ProviderEndpoints(service, clock);
    }

    public HttpClient As(string organisation, string role = Roles.ProviderUser) =>
        Service.ClientFor(organisation, role);

    public static object NewEndpoint(Uri url, params string[] eventTypes) => new
    {
        url = url.AbsoluteUri,
        eventTypes = eventTypes.Length > 0 ? eventTypes : [ProviderEventTypes.PlacementOffered],
        description = "Rostering: placements",
    };

    /// <summary>Registers an endpoint for the care home on <paramref name="receiver"/>; the answer has its secret.
    /// </summary>
    public async Task<JsonElement> Register(Receiver receiver, string organisation = CareHome,
        params string[] eventTypes)
    {
        using var provider = As(organisation);
        return await Answers.Ok(provider.PostAsJsonAsync(Route, NewEndpoint(receiver.Url, eventTypes)));
    }

    /// <summary>Delivers an integration event as the sidecar would; the service must take it.</summary>
    public async Task Publish(string source, string name, object data, Guid? eventId = null)
    {
        using var sidecar = Service.CreateClient();
        Assert.Equal("SUCCESS", await SidecarDelivery.Deliver(sidecar, source, name, data,
            (eventId ?? Guid.NewGuid()).ToString()));
    }

    /// <summary>One sweep of the delivery worker (the hosted one sweeps only hourly in these tests).</summary>
    public Task<int> Sweep() => Service.Services.GetRequiredService<DeliveryWorker>().SweepAsync();

    /// <summary>How many rows the store's audit trail holds: a refused request adds none.</summary>
    public async Task<int> AuditCount()
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsStore>().Set<AuditRecord>().CountAsync();
    }

    /// <summary>What the audit trail says changed on an endpoint, oldest first.</summary>
    public async Task<IReadOnlyList<string>> AuditChanges(Guid endpointId)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsStore>().Set<AuditRecord>()
            .Where(a => a.EntityId == endpointId.ToString()).OrderBy(a => a.AtUtc).Select(a => a.Changes)
            .ToListAsync();
    }

    /// <summary>
    /// The service's own integration events of one name ("endpoint-disabled") in its outbox, as proto-JSON.
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>> Published(string name)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        var type = $"commissioning.{NotificationsStore.Source}.{name}.v1";
        var rows = await scope.ServiceProvider.GetRequiredService<NotificationsStore>().Set<OutboxMessage>()
            .Where(m => m.Type == type).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync();
        return rows.Select(payload => JsonDocument.Parse(payload).RootElement.Clone()).ToList();
    }

    public ValueTask DisposeAsync() => Service.DisposeAsync();
}
