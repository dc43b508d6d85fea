using Commissioning.Eventing.Subscribing;
using Returns.Api.Infrastructure;
using Returns.Api.ReadModels;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace Returns.Api.Events;

/// <summary>
/// Pooled finance's governance decisions, on topic "pooled-finance.governance-decision-recorded" and route
/// "/events/governance-decision-recorded": each archived once by its id, as care packages' events are, then kept in
/// the formal s75 read model (<see cref="S75Decisions"/>) the BCF returns' budget arrangements row is made from.
/// A decision concerns an agreement, not one council, so it is archived with none.
/// </summary>
public static class PooledFinanceSubscriptions
{
    public const string Source = "pooled-finance";

    public static void MapPooledFinanceSubscriptions(this WebApplication app, string deadLetterTopic) =>
        app.MapSubscription<ReturnsStore, ProtoEvents.GovernanceDecisionRecorded>(
            $"{Source}.governance-decision-recorded", "/events/governance-decision-recorded", Take, deadLetterTopic);

    private static async Task Take(ReturnsStore store, DeliveredEvent<ProtoEvents.GovernanceDecisionRecorded> delivered,
        CancellationToken ct)
    {
        if (await EventArchive.Keep(store, delivered, null, ct) is { } archived)
            await S75Decisions.Apply(store, archived, delivered.Data, ct);
    }
}
