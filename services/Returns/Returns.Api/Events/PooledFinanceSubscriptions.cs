using Commissioning.Eventing.Subscribing;
using Returns.Api.Infrastructure;
using Returns.Api.ReadModels;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace Returns.Api.Events;

/// <summary>
/// Pooled finance's governance decisions, on topics "pooled-finance.governance-decision-recorded" and
/// "pooled-finance.governance-decision-conditions-met" (routes "/events/" and the name): each archived once by its
/// id, as care packages' events are, then kept in the formal s75 read model (<see cref="S75Decisions"/>) the BCF
/// returns' budget arrangements row is made from.
/// A decision concerns an agreement, not one council, so it is archived with none.
/// </summary>
public static class PooledFinanceSubscriptions
{
    public const string Source = "pooled-finance";
    public const string Recorded = "governance-decision-recorded";
    public const string ConditionsMet = "governance-decision-conditions-met";

    /// <summary>The CloudEvent type pooled finance gives an event of that name.</summary>
    public static string TypeOf(string name) => $"commissioning.{Source}.{name}.v1";

    public static void MapPooledFinanceSubscriptions(this WebApplication app, string deadLetterTopic)
    {
        app.Subscribe<ProtoEvents.GovernanceDecisionRecorded>(Recorded, S75Decisions.Apply, deadLetterTopic);
        app.Subscribe<ProtoEvents.GovernanceDecisionConditionsMet>(ConditionsMet, S75Decisions.Apply, deadLetterTopic);
    }

    private static void Subscribe<T>(this WebApplication app, string name,
        Func<ReturnsStore, ArchivedEvent, T, CancellationToken, Task> apply, string deadLetterTopic) where T : class =>
        app.MapSubscription<ReturnsStore, T>($"{Source}.{name}", $"/events/{name}", async (store, delivered, ct) =>
        {
            if (await EventArchive.Keep(store, delivered, null, ct) is { } archived)
                await apply(store, archived, delivered.Data, ct);
        }, deadLetterTopic);
}
