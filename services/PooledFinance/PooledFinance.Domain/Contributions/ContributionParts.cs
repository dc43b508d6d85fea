namespace PooledFinance.Domain.Contributions;

/// <summary>Where a contribution's money comes from.</summary>
public enum ContributionSource
{
    RevenueBudget,
    Grant,
    /// <summary>Reserves "remain within existing organisations" (P:L379): never accepted.</summary>
    Reserve,
}

public enum ContributionStatus
{
    Proposed,
    Agreed,
}

public enum InstalmentFrequency
{
    Annual = 1,
    Quarterly = 4,
    Monthly = 12,
}

/// <summary>An explicit change to the basis amount, so the contribution always shows how it was built.</summary>
public sealed record ContributionAdjustment(Guid Id, string Description, decimal Amount, DateOnly RecordedOn, bool IsVariation);

public sealed record Instalment(int Number, DateOnly DueOn, decimal Amount);

public sealed record Receipt(Guid Id, string Reference, decimal Amount, DateOnly ReceivedOn);
