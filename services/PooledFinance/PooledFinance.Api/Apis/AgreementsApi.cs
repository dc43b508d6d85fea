using Commissioning.Domain;
using Commissioning.Identity;
using Commissioning.Persistence;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Api.Apis;

public sealed record NewAgreement(string Title, IReadOnlyList<string> Aims, IReadOnlyList<string> Functions,
    DateOnly TermStart, DateOnly? TermEnd, DateOnly FirstAnnualReview, int NoticePeriodMonths);
public sealed record ApprovalRequest(Guid PartnerBodyId, string ApprovingBody, string DelegationReference, DateOnly ApprovedOn);
public sealed record InForceRequest(DateOnly From);
public sealed record VariationRequest(string Description, DateOnly EffectiveFrom, JointDecision Decision);
public sealed record NoticeRequest(Guid ServedBy, DateOnly ServedOn);
public sealed record TerminationRequest(DateOnly On);
public sealed record FundingChangeRequest(Guid PartnerBodyId, FundingChangeKind Kind, string Description,
    string FinancialYear, decimal AnnualImpact, DateOnly RecordedOn);

/// <summary>
/// Section 75 agreements through their life: drafted by a commissioner, approved by each partner
/// body, in force, varied by joint decision, ended by notice. Funding changes are recorded by
/// finance officers and pool managers, and a material change is flagged when they add up.
/// </summary>
public static class AgreementsApi
{
    private static readonly string[] Governance = [Roles.Commissioner, Roles.PoolManager];
    private static readonly string[] Finance = [Roles.FinanceOfficer, Roles.PoolManager];

    public static void MapAgreementsApi(this WebApplication app)
    {
        app.MapPost("/api/v1/partnerships/{partnershipId:guid}/agreements", Draft)
            .WithTags("Agreements").RequireAuthorization(p => p.RequireRole(Roles.Commissioner));
        app.MapGet("/api/v1/partnerships/{partnershipId:guid}/agreements", async (Guid partnershipId, PooledFinanceStore store) =>
            await PoolCaller.AgreementsOf(store, partnershipId)).WithTags("Agreements").RequireAuthorization(PoolCaller.PoolReaders);

        var agreement = app.MapGroup("/api/v1/agreements/{id:guid}").WithTags("Agreements");
        agreement.MapGet("/", async (Guid id, PooledFinanceStore store) => await store.Aggregates<Section75Agreement>().Get(id)).RequirePartnerOf("id");
        agreement.MapPost("/approvals", (Guid id, ApprovalRequest r, PooledFinanceStore store) =>
            Change(store, id, a => a.Approve(r.PartnerBodyId, r.ApprovingBody, r.DelegationReference, r.ApprovedOn)))
            .RequireAuthorization(p => p.RequireRole(Governance));
        agreement.MapPost("/in-force", (Guid id, InForceRequest r, PooledFinanceStore store) =>
            Change(store, id, a => a.BringIntoForce(r.From))).RequireAuthorization(p => p.RequireRole(Governance));
        agreement.MapPost("/variations", (Guid id, VariationRequest r, PooledFinanceStore store) =>
            Change(store, id, a => a.Vary(r.Description, r.EffectiveFrom, r.Decision))).RequireAuthorization(p => p.RequireRole(Governance));
        agreement.MapPost("/notice", (Guid id, NoticeRequest r, PooledFinanceStore store) =>
            Change(store, id, a => a.ServeNotice(r.ServedBy, r.ServedOn))).RequireAuthorization(p => p.RequireRole(Governance));
        agreement.MapPost("/termination", (Guid id, TerminationRequest r, PooledFinanceStore store) =>
            Change(store, id, a => a.Terminate(r.On))).RequireAuthorization(p => p.RequireRole(Governance));
        agreement.MapPost("/funding-changes", (Guid id, FundingChangeRequest r, PooledFinanceStore store) =>
            Change(store, id, a => a.RecordFundingChange(r.PartnerBodyId, r.Kind, r.Description,
                FinancialYear.Parse(r.FinancialYear), r.AnnualImpact, r.RecordedOn))).RequireAuthorization(p => p.RequireRole(Finance));
    }

    private static async Task<IResult> Draft(Guid partnershipId, NewAgreement r, PooledFinanceStore store)
    {
        var partnership = await store.Aggregates<Partnership>().Get(partnershipId, "partnershipId");
        var agreement = Section75Agreement.Draft(partnership, r.Title, r.Aims, r.Functions, r.TermStart, r.TermEnd,
            r.FirstAnnualReview, r.NoticePeriodMonths);
        store.Aggregates<Section75Agreement>().Add(agreement, key: partnershipId.ToString());
        await store.SaveChangesAsync();
        return Results.Created($"/api/v1/agreements/{agreement.Id}", agreement);
    }

    /// <summary>Load, apply one domain operation, save; a broken rule leaves the stored agreement as it was.</summary>
    private static async Task<Section75Agreement> Change(PooledFinanceStore store, Guid id, Action<Section75Agreement> operation)
    {
        var agreement = await store.Aggregates<Section75Agreement>().Get(id);
        operation(agreement);
        await store.SaveChangesAsync();
        return agreement;
    }
}
