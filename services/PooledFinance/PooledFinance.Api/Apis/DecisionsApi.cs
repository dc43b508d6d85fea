using System.Security.Claims;
using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Agreements;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Governance decisions as records (issue 16 item 12): each partner's approval in principle, heads of terms and
/// formal s75 (S:114-118, P:L423), and the joint or partner decisions variations and settlements rely on. Kept in
/// the agreement's partnership; a stage decision is entered on the agreement in the same save, so two partners'
/// decisions at once are ordered by the agreement's version. A decision records what the body resolved: an
/// approval (the default), an approval with conditions (authorising once each is recorded as met), a deferral or a
/// refusal (kept, authorising nothing).
/// </summary>
public static class DecisionsApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    private static readonly PartnerTag Tag = FinanceTags.Agreements;

    public static void MapDecisionsApi(this WebApplication app)
    {
        var decisions = app.MapGroup("/api/v1/agreements/{id:guid}/decisions");
        decisions.MapGet("/", List).RequirePartnerOf("id")
            .Documented(Tag, "listDecisions", "List the agreement's governance decisions",
                $"Oldest first, limit at a time (1 to {MaxPageSize}, {DefaultPageSize} unless asked); pass the "
                + "page's nextPageToken as pageToken for the next.", Status400BadRequest, Status404NotFound);
        decisions.MapGet("/{decisionId:guid}", async (Guid id, Guid decisionId, PooledFinanceStore store) =>
                GovernanceDecisionView.Of((await Find(store, decisionId, "decisionId"))
                    .RequireConcerns(id)))
            .RequirePartnerOf("id")
            .Documented(Tag, "getDecision", "Read a governance decision",
                "The body, its partner body, date, delegations and what it approves.", Status404NotFound);
        decisions.MapPost("/", Record).RequireAuthorization(PooledFinancePolicies.GovernsAgreements)
            .Documented(Tag, "recordDecision", "Record a governance decision",
                "A partner's approval in principle, heads of terms or formal s75 is refused (naming stage) unless "
                + "every partner has decided the stage before (S:114-118); the formal s75 needs its legal scrutiny "
                + "recorded first (P:L423). A variation, settlement or award decision is a partner's own under its "
                + "delegation, or a joint body's under every partner's. The same decision sent again (a retry: same "
                + "stage, partner body, body, date and subject) is answered 200 with the one first recorded. "
                + "outcome is approved unless given: approved-with-conditions (with its conditions, and a stage "
                + "decision then counts only once they are met), deferred or refused (kept, the stage stays where it "
                + "was, and it authorises no signature, variation, settlement or award; a stage deferred or refused "
                + "is refused out of order as an approval is, naming stage or decidedOn).",
                Status400BadRequest, Status404NotFound,
                Status403Forbidden, Status409Conflict, Status422UnprocessableEntity)
            .WithExample(FinanceExamples.NewDecision, FinanceExamples.Decision);
        decisions.MapPost("/{decisionId:guid}/conditions-met", RecordConditionMet)
            .RequireAuthorization(PooledFinancePolicies.GovernsAgreements)
            .Documented(Tag, "recordDecisionConditionMet", "Record a decision's condition as met",
                "condition counts from 1 as the minutes number them; the caller is recorded as who recorded it. "
                + "Once every condition is met the decision authorises from the day the last was, and a stage "
                + "decision counts towards its stage from that day.",
                Status400BadRequest, Status404NotFound, Status403Forbidden, Status409Conflict);
    }

    /// <summary>The decision a signature, variation or settlement points at, in the caller's partnership.</summary>
    public static async Task<GovernanceDecision?> Authorising(PooledFinanceStore store, Guid? decisionId) =>
        decisionId is { } id ? await Find(store, id, "decisionId") : null;

    private static async Task<GovernanceDecision> Find(PooledFinanceStore store, Guid id, string field) =>
        await store.Aggregates<GovernanceDecision>().Get(id, field);

    private static GovernanceDecision RequireConcerns(this GovernanceDecision decision, Guid agreementId) =>
        decision.AgreementId == agreementId ? decision
            : throw RuleViolation.NotFound("decisionId", $"{decision.Id} is not a decision on this agreement.");

    /// <summary>Records one condition met, saved with the agreement: a stage's approval may count from now.</summary>
    private static async Task<GovernanceDecisionView> RecordConditionMet(Guid id, Guid decisionId,
        ConditionMetRequest r, ClaimsPrincipal user, PooledFinanceStore store)
    {
        var decision = (await Find(store, decisionId, "decisionId")).RequireConcerns(id);
        var agreement = await store.Aggregates<Section75Agreement>().Get(id);
        decision.RecordConditionMet(agreement, r.Condition, r.MetOn, Caller.From(user).Subject);
        await store.SaveChangesAsync();
        return GovernanceDecisionView.Of(decision);
    }

    private static async Task<DecisionPage> List(Guid id, string? pageToken, int? limit, PooledFinanceStore store)
    {
        var size = limit ?? DefaultPageSize;
        PooledFinanceApiRules.DecisionPageSize.Require(size is >= 1 and <= MaxPageSize, "limit",
            $"A page holds 1 to {MaxPageSize} decisions.");
        var after = StorePosition.FromToken(pageToken, "pageToken");
        await store.Aggregates<Section75Agreement>().Get(id);
        var page = await store.Aggregates<GovernanceDecision>().PageAfter(after, size, id.ToString());
        return new DecisionPage(page.Items.Select(GovernanceDecisionView.Of).ToList(), page.Next?.ToToken());
    }

    /// <summary>
    /// Records the decision once: the same decision sent again (a retry, or two at once) is answered 200 with the
    /// one first stored, by the store's unique index on what makes it the same (<see cref="DecisionSameness"/>).
    /// </summary>
    private static async Task<Results<Created<GovernanceDecisionView>, Ok<GovernanceDecisionView>>> Record(Guid id,
        NewDecision r, PooledFinanceStore store)
    {
        var decisions = store.Aggregates<GovernanceDecision>();
        var unique = Sameness(id, r);
        // A stage decision's retry would otherwise meet stage-decided-once before the index is asked.
        if (await decisions.FindUnique(unique) is { } recorded)
            return TypedResults.Ok(GovernanceDecisionView.Of(recorded));
        var agreement = await store.Aggregates<Section75Agreement>().Get(id);
        var decision = GovernanceDecision.Record(agreement, r.PartnerBodyId, r.Body, r.Subject, r.DecidedOn, r.Stage,
            (r.Delegations ?? []).Select(d => new Delegation(d.PartnerBodyId, d.Reference)).ToList(),
            r.Outcome ?? DecisionOutcome.Approved, r.Conditions);
        var stored = await decisions.AddOnce(decision, id.ToString(), unique);
        if (stored != decision) return TypedResults.Ok(GovernanceDecisionView.Of(stored));
        return TypedResults.Created($"/api/v1/agreements/{id}/decisions/{decision.Id}",
            GovernanceDecisionView.Of(decision));
    }

    /// <summary>What makes the request the same decision as one stored (<see cref="DecisionSameness"/>).</summary>
    private static UniqueKey Sameness(Guid agreementId, NewDecision r) => DecisionSameness.Of(agreementId, r.Stage,
        r.PartnerBodyId, r.DecidedOn, r.Body, r.Subject, r.Outcome ?? DecisionOutcome.Approved);
}
