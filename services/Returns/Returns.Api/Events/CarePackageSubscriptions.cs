using Commissioning.Eventing.Subscribing;
using Commissioning.Protos.Common.V1;
using Google.Protobuf;
using Returns.Api.Infrastructure;
using Returns.Api.ReadModels;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace Returns.Api.Events;

/// <summary>
/// The care packages events CLD's service rows are built from, each on its topic "care-packages.&lt;name&gt;" and
/// route "/events/&lt;name&gt;". Each event is archived once by its id and then projected into the CLD read
/// model, in the inbox's transaction: a redelivery (the same id, on any route) changes nothing.
/// </summary>
public static class CarePackageSubscriptions
{
    public const string Source = "care-packages";

    public static void MapCarePackageSubscriptions(this WebApplication app, string deadLetterTopic)
    {
        Map<ProtoEvents.PackageStarted>(app, deadLetterTopic, "package-started", e => e.Council);
        Map<ProtoEvents.PackageChanged>(app, deadLetterTopic, "package-changed", e => e.Council);
        Map<ProtoEvents.PackageEnded>(app, deadLetterTopic, "package-ended", e => e.Council);
    }

    private static void Map<T>(WebApplication app, string deadLetterTopic, string name,
        Func<T, OrganisationRef?> council) where T : class, IMessage<T>, new() =>
        app.MapSubscription<ReturnsStore, T>($"{Source}.{name}", $"/events/{name}",
            (store, delivered, ct) => Take(store, delivered, council(delivered.Data)?.Code, ct), deadLetterTopic);

    private static async Task Take<T>(ReturnsStore store, DeliveredEvent<T> delivered, string? council,
        CancellationToken ct) where T : class, IMessage<T>
    {
        if (await EventArchive.Keep(store, delivered, council, ct) is { } archived)
            await CldProjection.Apply(store, archived, delivered.Data, ct);
    }
}
