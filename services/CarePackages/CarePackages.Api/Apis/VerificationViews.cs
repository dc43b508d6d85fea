using CarePackages.Domain.Verification;

namespace CarePackages.Api.Apis;

/// <summary>
/// The council's verification of a submitted plan: each cost check with its arithmetic, the
/// justifications, the funding split, the plan's costs and the decision with its reasons.
/// </summary>
public sealed record VerificationView(
    Guid Id, Guid SupportPlanId, string PersonReference, DateOnly OpenedOn, VerificationStatus Status,
    IReadOnlyList<CostCheckView> CostChecks, IReadOnlyList<JustificationView> Justifications,
    FundingSplitView? Funding, decimal WeeklyCost, decimal OneOffCost, Guid? DecidedByUserId, DateOnly? DecidedOn,
    IReadOnlyList<ReturnReason> ReturnReasons, DeclineReason? DeclineReason, string? DecisionNote)
{
    public static VerificationView Of(PlanVerification v) => new(
        v.Id, v.SupportPlanId, v.PersonReference, v.OpenedOn, v.Status, v.CostChecks.Select(CostCheckView.Of).ToList(),
        v.Justifications.Select(j => new JustificationView(j.LineId, j.Reason)).ToList(),
        FundingSplitView.Of(v.Funding), v.WeeklyCost, v.OneOffCost, v.DecidedByUserId, v.DecidedOn, v.ReturnReasons,
        v.DeclineReason, v.DecisionNote);
}

/// <summary>One cost line against the contracted rate (none for a spot purchase) and the benchmark band.</summary>
public sealed record CostCheckView(
    Guid LineId, decimal Amount, bool OneOff, decimal? ContractedUnitRate, decimal? ContractedAmount,
    decimal? DifferencePerUnit, decimal? Difference, decimal? DifferencePercent, decimal BenchmarkLower,
    decimal BenchmarkUpper, BandPosition Position, string Explanation, bool NeedsJustification)
{
    public static CostCheckView Of(CostCheck c) => new(
        c.LineId, c.Amount, c.OneOff, c.ContractedUnitRate, c.ContractedAmount, c.DifferencePerUnit, c.Difference,
        c.DifferencePercent, c.BenchmarkLower, c.BenchmarkUpper, c.Position, c.Explanation, c.NeedsJustification);
}

/// <summary>Why a line priced above the contracted rate or the band is still the right price.</summary>
public sealed record JustificationView(Guid LineId, string Reason);

/// <summary>Who pays: the shares by funding stream, and the arrangement they make (joint when several).</summary>
public sealed record FundingSplitView(IReadOnlyList<FundingShareView> Shares, FundingArrangement Arrangement)
{
    public static FundingSplitView? Of(FundingSplit? f) =>
        f is null ? null : new(f.Shares.Select(FundingShareView.Of).ToList(), f.Arrangement);
}

/// <summary>One funder's share, charged to a pooled fund's budget line (pooled finance's budget line id).</summary>
public sealed record FundingShareView(
    FundingStream Stream, decimal Percent, Guid FundId, string BudgetLineCode, string? BcfScheme)
{
    public static FundingShareView Of(FundingShare s) =>
        new(s.Stream, s.Percent, s.FundId, s.BudgetLineCode, s.BcfScheme);
}
