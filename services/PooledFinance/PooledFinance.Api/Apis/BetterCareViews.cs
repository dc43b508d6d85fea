using PooledFinance.Domain.BetterCare;

namespace PooledFinance.Api.Apis;

public sealed record BetterCareContributionView(Guid BodyId, string Source, decimal Amount);

public sealed record NationalConditionView(string Name, bool Met, string? Evidence = null);

/// <param name="LocalMinimum">The minimum DH and DCLG set for the area (S:29: £56m), when known.</param>
/// <param name="StatedTotal">The plan's total as its paper states it, checked against the contributions.</param>
public sealed record NewBetterCarePlan(string FinancialYear, Guid CouncilBodyId, Guid CcgBodyId, decimal CcgBudget,
    IReadOnlyList<BetterCareContributionView> Contributions, TransferTiming? TransferTiming = null,
    decimal? LocalMinimum = null, decimal? StatedTotal = null, IReadOnlyList<NationalConditionView>? Conditions = null);

public sealed record BetterCareSignOff(Guid BodyId, DateOnly SignedOn, string SignedBy);

public sealed record BetterCareSubmission(DateOnly SubmittedOn);

public sealed record BetterCareFindingView(string Field, string Message);

/// <summary>The plan, the CCG's 3% and who bears a deficit, the checks submission makes, and its sign-offs.</summary>
public sealed record BetterCarePlanView(Guid Id, Guid FundId, string FinancialYear, Guid CouncilBodyId,
    Guid CcgBodyId, decimal CcgBudget, TransferTiming? TransferTiming, Guid? DeficitBorneBy, decimal? LocalMinimum,
    decimal? MinimumShortfall, decimal? StatedTotal, decimal PlanTotal, decimal CcgContribution,
    decimal CcgTransferRequired, IReadOnlyList<BetterCareContributionView> Contributions,
    IReadOnlyList<NationalConditionView> Conditions, IReadOnlyList<BetterCareSignOff> SignOffs,
    IReadOnlyList<BetterCareFindingView> Findings, DateOnly? SubmittedOn)
{
    public static BetterCarePlanView Of(BetterCareFundPlan p) => new(p.Id, p.FundId, p.Year.ToString(),
        p.CouncilBodyId, p.CcgBodyId, p.CcgBudget, p.Timing, p.DeficitBorneBy, p.LocalMinimum, p.MinimumShortfall,
        p.StatedTotal, p.PlanTotal, p.CcgContribution, p.CcgTransferRequired,
        p.Contributions.Select(c => new BetterCareContributionView(c.BodyId, c.Source, c.Amount)).ToList(),
        p.Conditions.Select(c => new NationalConditionView(c.Name, c.Met, c.Evidence)).ToList(),
        p.SignOffs.Select(s => new BetterCareSignOff(s.BodyId, s.SignedOn, s.SignedBy)).ToList(),
        p.Findings.Select(f => new BetterCareFindingView(f.Field, f.Message)).ToList(), p.SubmittedOn);
}
