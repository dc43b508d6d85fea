using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Partnerships;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace PooledFinance.Api.Apis;

/// <summary>
/// Section 75 agreements through their life: drafted by a commissioner, approved by each partner
/// body, in force, varied by joint decision, ended by notice. Funding changes are recorded by
/// finance officers and pool managers, and a material change is flagged when they add up.
/// </summary>
public static class AgreementsApi
{
    private static readonly PartnerTag Tag = FinanceTags.Agreements;
    private static readonly int[] ChangeProblems = [Status400BadRequest, Status404NotFound,
        Status422UnprocessableEntity];

    public static void MapAgreementsApi(this WebApplication app)
    {
        var partnership = app.MapGroup("/api/v1/partnerships/{partnershipId:guid}/agreements");
        partnership.MapPost("/", Draft).RequireAuthorization(PooledFinancePolicies.DraftsAgreements)
            .Documented(Tag, "draftAgreement", "Draft a section 75 agreement",
                "A commissioner drafts the agreement between the partnership's bodies: aims, functions, term, "
                + "first annual review and notice period.", Status400BadRequest, Status404NotFound)
            .WithExample(FinanceExamples.NewAgreement, FinanceExamples.Agreement);
        partnership.MapGet("/", async (Guid partnershipId, PooledFinanceStore store) =>
                (await PoolCaller.AgreementsOf(store, partnershipId)).Select(AgreementView.Of).ToList())
            .RequireAuthorization(PooledFinancePolicies.ReadsPartnerships)
            .Documented(Tag, "listAgreements", "List the partnership's agreements",
                "Every agreement of the partnership; any partner user reads them.", Status404NotFound);

        var agreement = app.MapGroup("/api/v1/agreements/{id:guid}");
        agreement.MapGet("/", async (Guid id, PooledFinanceStore store) =>
                AgreementView.Of(await store.Aggregates<Section75Agreement>().Get(id)))
            .RequirePartnerOf("id")
            .Documented(Tag, "getAgreement", "Read an agreement",
                "The agreement, its approvals, variations, funding changes and notice, for its partners.",
                Status404NotFound);
        MapLifecycle(agreement);
    }

    private static void MapLifecycle(RouteGroupBuilder agreement)
    {
        agreement.MapPost("/legal-scrutiny", (Guid id, LegalScrutinyRequest r, PooledFinanceStore store) =>
                Change(store, id, a => a.RecordLegalScrutiny(r.ScrutinisedBy, r.Reference, r.CompletedOn)))
            .RequireAuthorization(PooledFinancePolicies.GovernsAgreements)
            .Documented(Tag, "recordLegalScrutiny", "Record the draft's independent legal scrutiny",
                "Once, while the agreement is a draft; no partner's decision on the formal s75 is recorded before it "
                + "(P:L423).", [.. ChangeProblems, Status409Conflict]);
        agreement.MapPost("/approvals", async (Guid id, ApprovalRequest r, PooledFinanceStore store) =>
            {
                var decision = await DecisionsApi.Authorising(store, r.DecisionId);
                return await Change(store, id, a => a.Approve(r.PartnerBodyId, r.ApprovingBody,
                    r.DelegationReference, r.ApprovedOn, decision));
            })
            .RequireAuthorization(PooledFinancePolicies.GovernsAgreements)
            .Documented(Tag, "approveAgreement", "Record a partner body's approval",
                "Each partner body approves (signs) through its own governance, citing its delegation; the agreement "
                + "is approved when every partner has. decisionId, optional so earlier callers keep working, points "
                + "at the body's recorded decision on the formal s75 and is kept; once any stage decision is "
                + "recorded on the agreement it is required (422 naming decisionId).", ChangeProblems);
        agreement.MapPost("/in-force", (Guid id, InForceRequest r, PooledFinanceStore store) =>
                Change(store, id, a => a.BringIntoForce(r.From)))
            .RequireAuthorization(PooledFinancePolicies.GovernsAgreements)
            .Documented(Tag, "bringAgreementIntoForce", "Bring the agreement into force",
                "An approved agreement comes into force from a day within its term.", ChangeProblems);
        agreement.MapPost("/variations", async (Guid id, VariationRequest r, PooledFinanceStore store) =>
            {
                var recorded = await DecisionsApi.Authorising(store, r.DecisionId);
                var decision = r.Decision?.ToDecision() ?? recorded?.ToJointDecision()
                    ?? throw GovernanceRules.VariedByADecision.Broken("decision",
                        "Give the joint decision or the decisionId recorded.");
                return await Change(store, id, a => a.Vary(r.Description, r.EffectiveFrom, decision, recorded));
            })
            .RequireAuthorization(PooledFinancePolicies.GovernsAgreements)
            .Documented(Tag, "varyAgreement", "Vary the agreement by joint decision",
                "A joint body's decision varies the agreement only with a delegation from every partner (W:714, "
                + "S:104); a variation resolves an open material change. Give the decision inline (as before) or "
                + "the decisionId of a recorded variation decision, which is kept.", [.. ChangeProblems,
                    Status403Forbidden]);
        agreement.MapPost("/notice", (Guid id, NoticeRequest r, PooledFinanceStore store) =>
                Change(store, id, a => a.ServeNotice(r.ServedBy, r.ServedOn)))
            .RequireAuthorization(PooledFinancePolicies.GovernsAgreements)
            .Documented(Tag, "serveAgreementNotice", "Serve notice on the agreement",
                "A partner body serves notice; the agreement ends when the notice period runs out.", ChangeProblems);
        agreement.MapPost("/termination", (Guid id, TerminationRequest r, PooledFinanceStore store) =>
                Change(store, id, a => a.Terminate(r.On)))
            .RequireAuthorization(PooledFinancePolicies.GovernsAgreements)
            .Documented(Tag, "terminateAgreement", "Terminate the agreement",
                "The agreement ends on the day given, no earlier than its notice allows.", ChangeProblems);
        agreement.MapPost("/funding-changes", (Guid id, FundingChangeRequest r, PooledFinanceStore store) =>
                Change(store, id, a => a.RecordFundingChange(r.PartnerBodyId, r.Kind, r.Description,
                    FinancialYear.Parse(r.FinancialYear), r.AnnualImpact, r.RecordedOn)))
            .RequireAuthorization(PooledFinancePolicies.RecordsFundingChanges)
            .Documented(Tag, "recordFundingChange", "Record a change in a partner's funding or duties",
                "A finance officer or pool manager records it; when a year's changes reach the materiality "
                + "threshold a material change is flagged and a variation is required.", ChangeProblems);
    }

    private static async Task<Created<AgreementView>> Draft(Guid partnershipId, NewAgreement r,
        PooledFinanceStore store)
    {
        var partnership = await store.Aggregates<Partnership>().Get(partnershipId, "partnershipId");
        var agreement = Section75Agreement.Draft(partnership, r.Title, r.Aims, r.Functions, r.TermStart, r.TermEnd,
            r.FirstAnnualReview, r.NoticePeriodMonths);
        store.Aggregates<Section75Agreement>().Add(agreement, key: partnershipId.ToString());
        await store.SaveChangesAsync();
        return TypedResults.Created($"/api/v1/agreements/{agreement.Id}", AgreementView.Of(agreement));
    }

    private static async Task<AgreementView> Change(PooledFinanceStore store, Guid id,
        Action<Section75Agreement> operation) => AgreementView.Of(await store.Change(id, operation));
}
