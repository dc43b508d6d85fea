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
/// authorises (S:114-118); one with conditions authorises from the day pooled finance's
/// <c>governance-decision-conditions-met</c> says they were all met, and until that event is heard it is not counted:
/// the budget arrangements row says "No" rather than guess. The two events travel on two topics and may arrive in
/// either order: each fills what it tells of the same row.
/// </summary>
public static class S75Decisions
{
    public const string FormalAgreement = "formal-agreement";

    /// <summary>"approved", or empty from a publisher that predates outcomes, which means approved.</summary>
    private static readonly string[] Approvals = ["approved", ""];

    public const string WithConditions = "approved-with-conditions";

    public static async Task Apply(ReturnsStore store, ArchivedEvent archived,
        ProtoEvents.GovernanceDecisionRecorded e, CancellationToken ct)
    {
        var row = await RowOf(store, e.DecisionId, ct);
        (row.AgreementId, row.PartnerBodyId, row.Stage, row.Outcome) =
            (e.AgreementId, e.PartnerBodyId, e.Stage, e.Outcome);
        row.DecidedOn = e.DecidedOn.ToDateOnly("decidedOn");
        row.LastEventSequence = archived.Sequence;
    }

    /// <summary>A conditional approval's conditions all met: it authorises from <c>authorises_from</c>.</summary>
    public static async Task Apply(ReturnsStore store, ArchivedEvent archived,
        ProtoEvents.GovernanceDecisionConditionsMet e, CancellationToken ct)
    {
        var row = await RowOf(store, e.DecisionId, ct);
        if (row.Outcome == "")
            (row.AgreementId, row.PartnerBodyId, row.Stage, row.Outcome) =
                (e.AgreementId, e.PartnerBodyId, e.Stage, WithConditions);
        row.AuthorisesFrom = e.AuthorisesFrom.ToDateOnly("authorisesFrom");
        row.LastEventSequence = Math.Max(row.LastEventSequence, archived.Sequence);
    }

    private static async Task<S75DecisionRow> RowOf(ReturnsStore store, string decisionId, CancellationToken ct)
    {
        var row = store.S75Decisions.Local.FirstOrDefault(r => r.DecisionId == decisionId)
            ?? await store.S75Decisions.FirstOrDefaultAsync(r => r.DecisionId == decisionId, ct);
        if (row is not null) return row;
        row = new S75DecisionRow
        {
            DecisionId = decisionId, AgreementId = "", PartnerBodyId = "", Stage = "", Outcome = "",
        };
        store.S75Decisions.Add(row);
        return row;
    }

    /// <summary>Empties the read model and applies every archived decision again, oldest first.</summary>
    public static async Task<int> Rebuild(ReturnsStore store, CancellationToken ct)
    {
        await store.S75Decisions.ExecuteDeleteAsync(ct);
        var (recorded, met) = (PooledFinanceSubscriptions.TypeOf(PooledFinanceSubscriptions.Recorded),
            PooledFinanceSubscriptions.TypeOf(PooledFinanceSubscriptions.ConditionsMet));
        var events = await store.ArchivedEvents.AsNoTracking().Where(e => e.Type == recorded || e.Type == met)
            .OrderBy(e => e.Sequence).ToListAsync(ct);
        foreach (var archived in events)
            if (archived.Type == recorded)
                await Apply(store, archived, Json.Parse<ProtoEvents.GovernanceDecisionRecorded>(archived.Data), ct);
            else
                await Apply(store, archived, Json.Parse<ProtoEvents.GovernanceDecisionConditionsMet>(archived.Data),
                    ct);
        await store.SaveChangesAsync(ct);
        return events.Count;
    }

    /// <summary>The day a decision authorises from: an approval's own, a conditional one's once met, else
    /// none.</summary>
    private static DateOnly? AuthorisesFrom(S75DecisionRow row) =>
        Approvals.Contains(row.Outcome) ? row.DecidedOn : row.Outcome == WithConditions ? row.AuthorisesFrom : null;

    /// <summary>Archived data is the proto-JSON delivered; fields newer than this service are skipped.</summary>
    private static readonly JsonParser Json = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    /// <summary>
    /// In place when a joint body approved the formal s75 for every partner, or each partner did: since the last of
    /// those approvals (the earliest joint approval when there is one), a conditional one from when its conditions
    /// were met.
    /// </summary>
    public static async Task<S75Pooling> PoolingOf(ReturnsStore store, string agreementId,
        IReadOnlyCollection<string> partnerBodyIds, CancellationToken ct)
    {
        var approvals = (await store.S75Decisions.AsNoTracking()
                .Where(r => r.AgreementId == agreementId && r.Stage == FormalAgreement).ToListAsync(ct))
            .Select(r => (Row: r, From: AuthorisesFrom(r))).Where(a => a.From is not null)
            .OrderBy(a => a.From).ToList();
        if (approvals.FirstOrDefault(a => a.Row.PartnerBodyId == "") is { Row: not null } joint)
            return new S75Pooling(true, joint.From!.Value, joint.Row.DecisionId);
        var byPartner = partnerBodyIds.Select(p => approvals.FirstOrDefault(a => a.Row.PartnerBodyId == p)).ToList();
        if (partnerBodyIds.Count == 0 || byPartner.Any(a => a.Row is null)) return S75Pooling.NotInPlace;
        var last = byPartner.MaxBy(a => a.From)!;
        return new S75Pooling(true, last.From!.Value, last.Row.DecisionId);
    }
}
