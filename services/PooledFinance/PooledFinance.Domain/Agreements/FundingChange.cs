using Commissioning.Domain;

namespace PooledFinance.Domain.Agreements;

public enum FundingChangeKind
{
    Funding,
    StatutoryDuty,
}

/// <summary>
/// A change to a partner's funding or statutory duties that affects the pool (P:L375), with its
/// full-year impact (a cut is negative). <see cref="MaterialChangeId"/> is set once the change has
/// been counted into a material change, so later changes start a new accumulation.
/// </summary>
public sealed record FundingChange(Guid Id, Guid PartnerBodyId, FundingChangeKind Kind, string Description,
    FinancialYear Year, decimal AnnualImpact, DateOnly RecordedOn)
{
    public Guid? MaterialChangeId { get; init; }
}

/// <summary>Changes in one year whose cumulative impact reached the threshold: the agreement must be varied (P:L376).</summary>
public sealed record MaterialChange(Guid Id, FinancialYear Year, decimal CumulativeImpact, decimal Threshold, DateOnly DetectedOn)
{
    public Guid? ResolvedByVariationId { get; init; }
    public bool IsResolved => ResolvedByVariationId is not null;
}
