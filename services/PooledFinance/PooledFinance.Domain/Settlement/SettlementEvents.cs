using Commissioning.Domain;

namespace PooledFinance.Domain.Settlement;

public sealed record SettlementCalculated(Guid SettlementId, Guid AgreementId, Guid FundId, FinancialYear Year, decimal Total,
    IReadOnlyList<PartnerAmount> Shares) : IDomainEvent;

public sealed record SettlementApproved(Guid SettlementId, Guid AgreementId, Guid FundId, FinancialYear Year, DateOnly ApprovedOn) : IDomainEvent;
