using Returns.Domain.PoolReports;

namespace Returns.Domain.BetterCare;

/// <summary>
/// A Better Care Fund the council hosts, as pooled finance reported it when the return was collected: its schemes
/// (budget lines: the budget is the income put into the scheme, the actuals the expenditure from it, the year to the
/// period's end), the fund's total, the year's plan (null when it has none) and whether the s75 that pools it is in
/// place (from the governance decisions statutory returns has heard).
/// </summary>
public sealed record BcfFund(string FundId, string Name, string AgreementId, IReadOnlyList<LineFigures> Schemes,
    PositionFigures Total, BcfPlan? Plan, S75Pooling Pooling);

/// <summary>
/// The year's BCF plan (S:22-33): contributions by partner, the local minimum DH and DCLG set and the shortfall
/// against it (S:29: £56m in Staffordshire), the CCG's 3% transfer required and given (S:22), the national
/// conditions as its checklist states them.
/// </summary>
public sealed record BcfPlan(string PlanId, IReadOnlyList<BcfContribution> Contributions, decimal PlanTotal,
    decimal? LocalMinimum, decimal? MinimumShortfall, decimal CcgBudget, decimal CcgTransferRequired,
    decimal CcgTransferGiven, IReadOnlyList<BcfCondition> Conditions, DateOnly? SubmittedOn);

public sealed record BcfContribution(string BodyCode, string Source, decimal Amount);

public sealed record BcfCondition(string Name, bool Met, string? Evidence);

/// <summary>
/// Whether the fund's Section 75 pooling is in place (anchors B.5 L590: budget arrangements "tracks whether Section
/// 75 agreements are in place for pooling funds"): every partner of its agreement (or a joint body for them all) has
/// approved the formal s75, with no condition outstanding; <paramref name="DecidedOn"/> is the day the last of those
/// approvals was made, <paramref name="DecisionId"/> that decision.
/// </summary>
public sealed record S75Pooling(bool InPlace, DateOnly? DecidedOn, string? DecisionId)
{
    public static readonly S75Pooling NotInPlace = new(false, null, null);
}
