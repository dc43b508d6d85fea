using Commissioning.Domain;

namespace PooledFinance.Domain.Position;

/// <summary>A forecast variance found in the position of <paramref name="Year"/>'s finance month <paramref name="Month"/> (1 is April).</summary>
public sealed record VarianceIdentified(Guid VarianceId, Guid FundId, FinancialYear Year, int Month, decimal Variance, DateOnly IdentifiedOn, DateOnly NotifyBy)
    : IDomainEvent;

public sealed record VarianceNotified(Guid VarianceId, Guid FundId, DateOnly NotifiedOn, bool Late) : IDomainEvent;

public sealed record VarianceNotificationOverdue(Guid VarianceId, Guid FundId, DateOnly NotifyBy, DateOnly FlaggedOn) : IDomainEvent;
