using Commissioning.Domain;

namespace PooledFinance.Domain.Settlement;

public sealed record SettlementCalculated(Guid SettlementId, Guid AgreementId, Guid FundId, FinancialYear Year, decimal Total,
    IReadOnlyList<PartnerAmount> Shares) : IDomainEvent;

public sealed record SettlementApproved(Guid SettlementId, Guid AgreementId, Guid FundId, FinancialYear Year, DateOnly ApprovedOn) : IDomainEvent;

/// <summary>
/// The settled year's outturn overspent its resource limit beyond the plan's planned deficit: benefits the plan
/// relied on were not delivered (P:L318-321).
/// </summary>
public sealed record PoolPlanShortfallDetected(Guid SettlementId, Guid AgreementId, Guid FundId, Guid PoolPlanId,
    FinancialYear Year, decimal ResourceLimit, decimal PlannedDeficit, decimal Benefits, decimal Outturn,
    decimal Shortfall) : IDomainEvent;
