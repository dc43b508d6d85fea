using Commissioning.Domain;
using PooledFinance.Domain.BetterCare;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Funds;

/// <summary>
/// National BCF floors: from 2015/16 the fund is "augmented by a 3% transfer from CCG budgets" (S:22)
/// and DH/DCLG set a local minimum from the share of the national £3.8bn (£56m in Staffordshire, S:22, S:29).
/// </summary>
public static class BetterCareFundMinimum
{
    public const decimal CcgTransferRate = 0.03m;

    public static decimal CcgTransfer(decimal ccgBudget) =>
        Money.RoundPence(Amounts.NonNegative(ccgBudget, "ccgBudget") * CcgTransferRate);

    /// <summary>How far a plan falls short of the local minimum; zero when it meets it.</summary>
    public static decimal Shortfall(decimal planTotal, decimal localMinimum) =>
        Math.Max(0, Amounts.NonNegative(localMinimum, "localMinimum") - Amounts.NonNegative(planTotal, "planTotal"));

    public static void RequireMinimum(decimal planTotal, decimal localMinimum)
    {
        var shortfall = Shortfall(planTotal, localMinimum);
        if (shortfall > 0)
            throw BetterCarePlanRules.LocalMinimumMet.Broken("planTotal",
                $"The BCF plan is {shortfall:N2} below the local minimum of {localMinimum:N2}.");
    }
}
