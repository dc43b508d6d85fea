using Commissioning.Domain;

namespace PooledFinance.Domain.Position;

public sealed record VarianceIdentified(Guid VarianceId, Guid FundId, decimal Variance, DateOnly IdentifiedOn, DateOnly NotifyBy) : IDomainEvent;

public sealed record VarianceNotified(Guid VarianceId, Guid FundId, DateOnly NotifiedOn, bool Late) : IDomainEvent;

public sealed record VarianceNotificationOverdue(Guid VarianceId, Guid FundId, DateOnly NotifyBy, DateOnly FlaggedOn) : IDomainEvent;
