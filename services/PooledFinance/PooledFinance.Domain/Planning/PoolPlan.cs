using Commissioning.Domain;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Domain.Planning;

public sealed record PlanLine(string Name, decimal Amount);

/// <summary>
/// One year of a pool's financial plan as a partner states it (P:L306-321): spend by grouping
/// (income negative), the stated total, the resource limit, the stated overspend against it, the
/// planned deficit and the benefits that close the gap. Stated figures are kept as stated.
/// </summary>
public sealed record PoolPlanYear(
    FinancialYear Year,
    IReadOnlyList<PlanLine> Lines,
    decimal StatedTotalPlannedSpend,
    decimal ResourceLimit,
    decimal StatedOverSpend,
    decimal PlannedDeficit,
    decimal StatedBenefits)
{
    /// <summary>
    /// The plan's own identities: total = Σ lines; overspend = total − resource limit; benefits =
    /// overspend − planned deficit. Each identity is checked on the stated figures it names, so one
    /// wrong total is reported once, where it is wrong.
    /// </summary>
    public Reconciliation Reconcile(Reconciliation into)
    {
        into.Sum($"{Year} Total Planned Spend", StatedTotalPlannedSpend, Lines.Select(l => l.Amount));
        into.Equal($"{Year} Over Spend vs Resource Limit", StatedOverSpend, StatedTotalPlannedSpend - ResourceLimit);
        into.Equal($"{Year} Benefits (over spend less planned deficit)", StatedBenefits, StatedOverSpend - PlannedDeficit);
        return into;
    }
}

/// <summary>A benefits schedule year (P:L325-332): scheme lines and their stated total, which should equal the plan's benefits row.</summary>
public sealed record BenefitsScheduleYear(FinancialYear Year, IReadOnlyList<PlanLine> Schemes, decimal StatedTotal)
{
    public Reconciliation Reconcile(PoolPlanYear plan, Reconciliation into)
    {
        into.Sum($"{Year} Benefits schedule total", StatedTotal, Schemes.Select(s => s.Amount));
        into.Equal($"{Year} Benefits schedule against pool plan", StatedTotal, plan.StatedBenefits);
        return into;
    }
}
