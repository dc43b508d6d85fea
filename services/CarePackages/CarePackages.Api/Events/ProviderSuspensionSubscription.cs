using CarePackages.Api.Infrastructure;
using CarePackages.Domain.Brokerage;
using Commissioning.Eventing;
using Commissioning.Eventing.Subscribing;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace CarePackages.Api.Events;

/// <summary>
/// The contracts service publishes provider-suspended whenever a provider leaves brokerage: suspended,
/// rated Inadequate by the CQC, under a serious concern or excluded from the framework. Care packages
/// takes it out of every round still open at once: its invitation lapses and its offer cannot be
/// accepted (<see cref="PlacementRequest.WithdrawProvider"/>). The next request asks contracts afresh,
/// so a provider eligible again is invited again. The inbox takes each event once; a provider with
/// nothing open is simply acknowledged. A provider-suspended naming no provider can never be applied
/// and goes to the dead-letter topic.
/// </summary>
public static class ProviderSuspensionSubscription
{
    public const string Topic = "contracts.provider-suspended";

    public static void MapProviderSuspensionSubscription(this WebApplication app, string deadLetterTopic) =>
        app.MapSubscription<CarePackagesStore, ProtoEvents.ProviderSuspended>(Topic, "/events/provider-suspended", async (store, delivered, ct) =>
        {
            var code = delivered.Data.Provider?.Code;
            if (string.IsNullOrWhiteSpace(code)) throw new EventRejectedException("The event names no provider.");
            var providerId = PlatformIds.Organisation(code);
            var at = delivered.Data.OccurredAt?.ToDateTimeOffset() ?? store.Clock.GetUtcNow();
            // A scan of the council's placement requests: the open ones are a few hundred at most.
            foreach (var request in await store.Aggregates<PlacementRequest>().List(cancellationToken: ct))
                request.WithdrawProvider(providerId, delivered.Data.Reason, at);
        }, deadLetterTopic);
}
