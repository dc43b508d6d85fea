using CarePackages.Domain.Planning;
using Commissioning.Domain;

namespace CarePackages.Domain.Verification;

/// <summary>What is left to spend this financial year on one fund's budget line, from pooled finance.</summary>
public sealed record BudgetHeadroom(Guid FundId, string BudgetLineCode, decimal Remaining);

/// <summary>One share of an agreed package's cost, as pooled finance records it as a commitment.</summary>
public sealed record CommitmentLine(FundingStream Stream, decimal Percent, Guid FundId, string BudgetLineCode, string? BcfScheme,
    decimal WeeklyAmount, decimal YearCommitment, decimal Overspend);

/// <summary>
/// The commitment an agreed plan makes in the financial year it starts: each recurring line from its
/// start to 31 March (CLD's weekly cost × (days + 1) ÷ 7), plus one-off costs, split by the funding
/// shares to the penny and compared with each budget line's headroom.
/// </summary>
internal sealed record Commitment(DateOnly StartDate, FinancialYear Year, IReadOnlyList<CommitmentLine> Lines)
{
    public static Commitment For(SupportPlan plan, FundingSplit funding, IReadOnlyList<BudgetHeadroom> headroom)
    {
        var start = plan.StartDate ?? throw VerificationRules.PlanHasCostLines.Broken("costLines",
            "The plan has no cost lines.");
        var year = FinancialYear.Containing(start);
        var yearTotal = plan.CostLines.Sum(l => l.Cost.IsOneOff ? l.Cost.UnitCost : l.Cost.CostOver(l.StartDate, year.End));
        var weekly = funding.Apportion(plan.CostLines.Sum(l => l.Cost.WeeklyCost));
        var inYear = funding.Apportion(yearTotal);
        var lines = funding.Shares.Select((share, i) =>
        {
            var remaining = headroom.SingleOrDefault(h => h.FundId == share.FundId && h.BudgetLineCode == share.BudgetLineCode)
                ?? throw VerificationRules.HeadroomGiven.Broken("budgetHeadroom",
                    $"No headroom given for budget line {share.BudgetLineCode}.");
            return new CommitmentLine(share.Stream, share.Percent, share.FundId, share.BudgetLineCode, share.BcfScheme,
                weekly[i], inYear[i], Math.Max(0m, inYear[i] - remaining.Remaining));
        }).ToArray();
        return new Commitment(start, year, lines);
    }
}
