using Commissioning.Domain;

namespace PooledFinance.Domain.Contributions;

public sealed record ContributionAgreed(Guid ContributionId, Guid FundId, Guid PartnerBodyId, FinancialYear Year, decimal Total) : IDomainEvent;

public sealed record ContributionVaried(Guid ContributionId, Guid FundId, Guid PartnerBodyId, FinancialYear Year, decimal Total) : IDomainEvent;
