using PooledFinance.Domain.Agreements;

namespace PooledFinance.Api.Apis;

public sealed record NewAgreement(string Title, IReadOnlyList<string> Aims, IReadOnlyList<string> Functions,
    DateOnly TermStart, DateOnly? TermEnd, DateOnly FirstAnnualReview, int NoticePeriodMonths);
public sealed record ApprovalRequest(Guid PartnerBodyId, string ApprovingBody, string DelegationReference,
    DateOnly ApprovedOn, Guid? DecisionId = null);
public sealed record InForceRequest(DateOnly From);
public sealed record VariationRequest(string Description, DateOnly EffectiveFrom, JointDecisionView? Decision = null,
    Guid? DecisionId = null);
public sealed record NoticeRequest(Guid ServedBy, DateOnly ServedOn);
public sealed record TerminationRequest(DateOnly On);
public sealed record FundingChangeRequest(Guid PartnerBodyId, FundingChangeKind Kind, string Description,
    string FinancialYear, decimal AnnualImpact, DateOnly RecordedOn);

/// <summary>Notice served by a partner body, and the day the agreement ends because of it.</summary>
public sealed record NoticeView(Guid ServedBy, DateOnly ServedOn, DateOnly EffectiveEnd);

/// <summary>A variation of the agreement, made by a joint decision.</summary>
public sealed record VariationView(Guid Id, string Description, DateOnly EffectiveFrom, JointDecisionView Decision,
    Guid? DecisionId);

/// <summary>A change in a partner's funding or statutory duties, with the material change it added up to.</summary>
public sealed record FundingChangeView(Guid Id, Guid PartnerBodyId, FundingChangeKind Kind, string Description,
    FinancialYearView Year, decimal AnnualImpact, DateOnly RecordedOn, Guid? MaterialChangeId);

/// <summary>Funding changes of a year that reached the materiality threshold: a variation is required.</summary>
public sealed record MaterialChangeView(Guid Id, FinancialYearView Year, decimal CumulativeImpact, decimal Threshold,
    DateOnly DetectedOn, Guid? ResolvedByVariationId, bool IsResolved);

/// <summary>
/// A section 75 agreement as drafted, approved, varied and ended; <c>endsOn</c> counts any notice. The approval
/// stages every partner has decided, the last of them, the legal scrutiny and the day shadow operation may start
/// (every partner's heads of terms, S:116).
/// </summary>
public sealed record AgreementView(
    Guid Id, Guid PartnershipId, string Title, IReadOnlyList<Guid> PartnerBodyIds, IReadOnlyList<string> Aims,
    IReadOnlyList<string> Functions, DateOnly TermStart, DateOnly? TermEnd, DateOnly FirstAnnualReview,
    int NoticePeriodMonths, AgreementStatus Status, DateOnly? InForceFrom, NoticeView? Notice, DateOnly? TerminatedOn,
    decimal MaterialityThreshold, SettlementTermsView? SettlementTerms, IReadOnlyList<PartnerApprovalView> Approvals,
    IReadOnlyList<VariationView> Variations, IReadOnlyList<FundingChangeView> FundingChanges,
    IReadOnlyList<MaterialChangeView> MaterialChanges, DateOnly? EndsOn, bool VariationRequired,
    IReadOnlyList<StageApprovalView> StageApprovals, GovernanceStage? StageReached, LegalScrutinyView? LegalScrutiny,
    DateOnly? ShadowOperationFrom)
{
    public static AgreementView Of(Section75Agreement a) => new(
        a.Id, a.PartnershipId, a.Title, a.PartnerBodyIds, a.Aims, a.Functions, a.TermStart, a.TermEnd,
        a.FirstAnnualReview, a.NoticePeriodMonths, a.Status, a.InForceFrom,
        a.Notice is { } n ? new NoticeView(n.ServedBy, n.ServedOn, n.EffectiveEnd) : null, a.TerminatedOn,
        a.MaterialityThreshold, SettlementTermsView.Of(a.SettlementTerms), PartnerApprovalView.Of(a.Approvals),
        a.Variations.Select(v => new VariationView(v.Id, v.Description, v.EffectiveFrom,
            JointDecisionView.Of(v.Decision)!, v.DecisionId))
            .ToList(),
        a.FundingChanges.Select(f => new FundingChangeView(f.Id, f.PartnerBodyId, f.Kind, f.Description,
            FinancialYearView.Of(f.Year), f.AnnualImpact, f.RecordedOn, f.MaterialChangeId)).ToList(),
        a.MaterialChanges.Select(m => new MaterialChangeView(m.Id, FinancialYearView.Of(m.Year), m.CumulativeImpact,
            m.Threshold, m.DetectedOn, m.ResolvedByVariationId, m.IsResolved)).ToList(),
        a.EndsOn, a.VariationRequired,
        a.StageApprovals.Select(StageApprovalView.Of).ToList(), a.StageReached, LegalScrutinyView.Of(a.LegalScrutiny),
        a.ShadowOperationFrom);
}
