using Commissioning.Protos;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Returns.Api.Events;
using Returns.Api.Infrastructure;
using Returns.Domain.BetterCare;
using ProtoEvents = Commissioning.Protos.Events.V1;

namespace Returns.Api.ReadModels;

/// <summary>
/// The read model of the formal s75 decisions (issue 16's missing consumer of <c>governance-decision-recorded</c>):
/// each decision kept by its id, and from them whether an agreement's pooling is in place. Only an approval
/// authorises (S:114-118); one with conditions authorises once they are met, of which pooled finance publishes no
/// event yet, so it is not counted: the budget arrangements row says "No" rather than guess.
/// </summary>
public static class S75Decisions
{
    public const string FormalAgreement = "formal-agreement";

    /// <summary>"approved", or empty from a publisher that predates outcomes, which means approved.</summary>
    private static readonly string[] Approvals = ["approved", ""];

    public static async Task Apply(ReturnsStore store, ArchivedEvent archived,
        ProtoEvents.GovernanceDecisionRecorded e, CancellationToken ct)
    {
        var row = store.S75Decisions.Local.FirstOrDefault(r => r.DecisionId == e.DecisionId)
            ?? await store.S75Decisions.FirstOrDefaultAsync(r => r.DecisionId == e.DecisionId, ct);
        if (row is null)
        {
            row = new S75DecisionRow
            {
                DecisionId = e.DecisionId, AgreementId = "", PartnerBodyId = "", Stage = "", Outcome = "",
            };
            store.S75Decisions.Add(row);
        }
        (row.AgreementId, row.PartnerBodyId, row.Stage, row.Outcome) =
            (e.AgreementId, e.PartnerBodyId, e.Stage, e.Outcome);
        row.DecidedOn = e.DecidedOn.ToDateOnly("decidedOn");
        row.LastEventSequence = archived.Sequence;
    }

    /// <summary>Empties the read model and applies every archived decision again, oldest first.</summary>
    public static async Task<int> Rebuild(ReturnsStore store, CancellationToken ct)
    {
        await store.S75Decisions.ExecuteDeleteAsync(ct);
        var type = $"commissioning.{PooledFinanceSubscriptions.Source}.governance-decision-recorded.v1";
        var events = await store.ArchivedEvents.AsNoTracking().Where(e => e.Type == type).OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        foreach (var archived in events)
            await Apply(store, archived, Json.Parse<ProtoEvents.GovernanceDecisionRecorded>(archived.Data), ct);
        await store.SaveChangesAsync(ct);
        return events.Count;
    }

    /// <summary>Archived data is the proto-JSON delivered; fields newer than this service are skipped.</summary>
    private static readonly JsonParser Json = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    /// <summary>
    /// In place when a joint body approved the formal s75 for every partner, or each partner did: since the last of
    /// those approvals (the earliest joint approval when there is one).
    /// </summary>
    public static async Task<S75Pooling> PoolingOf(ReturnsStore store, string agreementId,
        IReadOnlyCollection<string> partnerBodyIds, CancellationToken ct)
    {
        var approvals = (await store.S75Decisions.AsNoTracking()
                .Where(r => r.AgreementId == agreementId && r.Stage == FormalAgreement).ToListAsync(ct))
            .Where(r => Approvals.Contains(r.Outcome)).OrderBy(r => r.DecidedOn).ToList();
        if (approvals.FirstOrDefault(r => r.PartnerBodyId == "") is { } joint)
            return new S75Pooling(true, joint.DecidedOn, joint.DecisionId);
        var byPartner = partnerBodyIds.Select(p => approvals.FirstOrDefault(a => a.PartnerBodyId == p)).ToList();
        if (partnerBodyIds.Count == 0 || byPartner.Any(a => a is null)) return S75Pooling.NotInPlace;
        var last = byPartner.MaxBy(a => a!.DecidedOn)!;
        return new S75Pooling(true, last.DecidedOn, last.DecisionId);
    }
}
