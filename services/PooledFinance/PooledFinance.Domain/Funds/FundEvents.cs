using Commissioning.Domain;

namespace PooledFinance.Domain.Funds;

public sealed record BudgetLinePooled(Guid BudgetLineId, Guid FundId, Guid OwnerBodyId, decimal Amount) : IDomainEvent;
