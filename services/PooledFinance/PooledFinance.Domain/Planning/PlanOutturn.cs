using Commissioning.Domain;
using PooledFinance.Domain.Ledger;

namespace PooledFinance.Domain.Planning;

/// <summary>
/// One plan year as a settlement measures against it, copied from the plan when the settlement is calculated so
/// that the settled year keeps the figures it was measured on: the stated planned spend, resource limit, planned
/// deficit and benefits the plan relies on (P:L317-321), the benefits schedule's schemes where one is stated
/// (P:L325-332), and every figure of that year that does not tie, as the plan reports it.
/// </summary>
public sealed record PlannedPosition(Guid PoolPlanId, string Plan, FinancialYear Year, decimal PlannedSpend,
    decimal ResourceLimit, decimal PlannedDeficit, decimal Benefits, IReadOnlyList<PlanLine> BenefitSchemes,
    IReadOnlyList<Discrepancy> SourceMismatches);

/// <summary>
/// The year's outturn beside its plan. P plans to spend beyond its resource limit by the planned deficit plus the
/// benefits it means to deliver (FIN-16, FIN-17: 26,742 − 12,442 = 14,300, P:L318-321); the outturn's overspend
/// against the resource limit beyond the planned deficit is the shortfall, the benefits not delivered. An outturn
/// within the planned deficit has no shortfall: it is better than plan by the difference.
/// </summary>
public sealed record PlanOutturn(PlannedPosition Planned, decimal Outturn)
{
    public decimal OverspendAgainstResourceLimit => Outturn - Planned.ResourceLimit;

    /// <summary>Positive: beyond the planned deficit; negative: within it.</summary>
    public decimal BeyondPlannedDeficit => OverspendAgainstResourceLimit - Planned.PlannedDeficit;

    public decimal Shortfall => Math.Max(BeyondPlannedDeficit, 0m);

    /// <summary>How far within the planned deficit the outturn came: better than plan.</summary>
    public decimal WithinPlannedDeficit => Math.Max(-BeyondPlannedDeficit, 0m);

    /// <summary>The planned position, the outturn against it and the shortfall, a step a line.</summary>
    public IEnumerable<string> Arithmetic()
    {
        var p = Planned;
        yield return $"Plan {p.Year} ({p.Plan}): planned spend {p.PlannedSpend:N2}, resource limit "
            + $"{p.ResourceLimit:N2}, planned deficit {p.PlannedDeficit:N2}, benefits to deliver {p.Benefits:N2}";
        yield return $"Outturn {Outturn:N2} less resource limit {p.ResourceLimit:N2} = overspend against the "
            + $"resource limit {OverspendAgainstResourceLimit:N2}";
        var step = $"Overspend against the resource limit {OverspendAgainstResourceLimit:N2} less planned deficit "
            + $"{p.PlannedDeficit:N2} = {BeyondPlannedDeficit:N2}";
        yield return Shortfall > 0
            ? $"{step}: shortfall {Shortfall:N2}, benefits not delivered of the {p.Benefits:N2} the plan relies on"
            : $"{step}: no shortfall, within the planned deficit by {WithinPlannedDeficit:N2}";
        if (Shortfall > p.Benefits)
            yield return $"The shortfall exceeds the benefits the plan relies on by {Shortfall - p.Benefits:N2}: "
                + "spend above the plan itself";
        foreach (var d in p.SourceMismatches)
            yield return $"Plan figure that does not tie: {d.Where} stated {d.Stated:N2} against {d.Computed:N2} "
                + $"(difference {d.Difference:N2})";
    }
}
