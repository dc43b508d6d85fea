using Commissioning.Domain;
using PooledFinance.Domain.Planning;

namespace PooledFinance.Domain.Settlement;

/// <summary>Percentages of a split: two or more distinct partners, none negative, adding up to exactly 100.</summary>
internal static class SplitPercentages
{
    public static IReadOnlyList<PartnerAmount> Require(IReadOnlyList<PartnerAmount> percentages, string field)
    {
        SettlementRules.SplitWhole.Require(percentages.Count >= 2, field, "A split names at least two partners.");
        SettlementRules.SplitWhole.Require(percentages.All(p => p.Amount >= 0), field,
            "Percentages cannot be negative.");
        SettlementRules.SplitWhole.Require(percentages.Sum(p => p.Amount) == 100m, field,
            "Percentages must add up to 100.");
        SettlementRules.SplitWhole.Require(
            percentages.Select(p => p.PartnerBodyId).Distinct().Count() == percentages.Count, field,
            "A partner appears twice.");
        return percentages;
    }
}

/// <summary>An amount or weight for one partner (a contribution, a percentage, a share).</summary>
public sealed record PartnerAmount(Guid PartnerBodyId, decimal Amount);

/// <summary>What a year-end variance arises from; treasury income and a transformation pot may carry their own splits (P:L387, P:L940).</summary>
public enum VarianceCategory
{
    Pool,
    TreasuryIncome,
    TransformationPot,
}

/// <summary>
/// One year-end variance to share: positive is an overspend the partners bear, negative a surplus
/// returned to them. <see cref="Recurring"/> and <see cref="SocialCare"/> drive W's rule (W:427-434).
/// </summary>
public sealed record SettlementItem(string Description, decimal Variance, VarianceCategory Category = VarianceCategory.Pool,
    Guid? BudgetLineId = null, bool Recurring = true, bool SocialCare = false);

/// <summary>
/// A deficit a partner had when the pool began; it stays with that partner and never enters the share
/// (P:L371, RS-02). <see cref="InVariance"/>: the year's variance includes it, as P's overspend against
/// its resource limit includes the planned deficit (P:L320); the share is then on the variance net of it
/// (RS-15) and the deficit is charged wholly to its owner. W keeps prior-year deficits outside the pool.
/// </summary>
public sealed record OpeningDeficit(Guid OwnerBodyId, string Description, decimal Amount, bool InVariance = false);

/// <summary>
/// Everything a settlement is calculated from, kept with it so the arithmetic can be re-read; <see cref="Plan"/>
/// is the year of the pool's plan and the fund's outturn beside it, where the partners stated a plan (P:L306-321).
/// </summary>
public sealed record SettlementInputs(IReadOnlyList<SettlementItem> Items, IReadOnlyList<PartnerAmount> ActualContributions,
    IReadOnlyList<OpeningDeficit> OpeningDeficits, PlanOutturn? Plan = null);

/// <summary>One step of the arithmetic: an amount, the basis it was shared on, and each partner's part.</summary>
public sealed record SettlementLine(string Description, decimal Amount, string Basis, IReadOnlyList<PartnerAmount> Shares);

/// <summary>A partner's surplus share applied to its own debt before anything else (W:434).</summary>
public sealed record DebtApplication(Guid DebtObligationId, Guid PartnerBodyId, decimal Amount);
