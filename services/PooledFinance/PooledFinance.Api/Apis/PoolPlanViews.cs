using PooledFinance.Domain.Planning;

namespace PooledFinance.Api.Apis;

/// <summary>A line of a plan year (spend by grouping, income negative) or a scheme of its benefits schedule.</summary>
public sealed record PlanLineView(string Name, decimal Amount);

/// <summary>One year of the plan as the partners state it (P:L306-321), its figures kept as stated.</summary>
public sealed record PlanYearView(string FinancialYear, IReadOnlyList<PlanLineView> Lines,
    decimal StatedTotalPlannedSpend, decimal ResourceLimit, decimal StatedOverSpend, decimal PlannedDeficit,
    decimal StatedBenefits)
{
    public PoolPlanYear ToDomain() => new(Commissioning.Domain.FinancialYear.Parse(FinancialYear),
        (Lines ?? []).Select(l => new PlanLine(l.Name, l.Amount)).ToList(), StatedTotalPlannedSpend, ResourceLimit,
        StatedOverSpend, PlannedDeficit, StatedBenefits);

    public static PlanYearView Of(PoolPlanYear y) => new(y.Year.ToString(),
        y.Lines.Select(l => new PlanLineView(l.Name, l.Amount)).ToList(), y.StatedTotalPlannedSpend, y.ResourceLimit,
        y.StatedOverSpend, y.PlannedDeficit, y.StatedBenefits);
}

/// <summary>A year of the benefits schedule (P:L325-332): its schemes and their stated total.</summary>
public sealed record BenefitsYearView(string FinancialYear, IReadOnlyList<PlanLineView> Schemes, decimal StatedTotal)
{
    public BenefitsScheduleYear ToDomain() => new(Commissioning.Domain.FinancialYear.Parse(FinancialYear),
        (Schemes ?? []).Select(l => new PlanLine(l.Name, l.Amount)).ToList(), StatedTotal);

    public static BenefitsYearView Of(BenefitsScheduleYear b) => new(b.Year.ToString(),
        b.Schemes.Select(l => new PlanLineView(l.Name, l.Amount)).ToList(), b.StatedTotal);
}

public sealed record NewPoolPlan(string Title, IReadOnlyList<PlanYearView> Years,
    IReadOnlyList<BenefitsYearView>? BenefitsSchedule = null);

/// <summary>The plan with the checks of its identities made on reading it, and each figure that does not tie.</summary>
public sealed record PoolPlanView(Guid Id, Guid AgreementId, string Title, IReadOnlyList<PlanYearView> Years,
    IReadOnlyList<BenefitsYearView> BenefitsSchedule, int ChecksMade, bool Ties,
    IReadOnlyList<DiscrepancyView> Discrepancies)
{
    public static PoolPlanView Of(PoolPlan plan)
    {
        var reconciliation = plan.Reconcile();
        return new(plan.Id, plan.AgreementId, plan.Title, plan.Years.Select(PlanYearView.Of).ToList(),
            plan.BenefitsSchedule.Select(BenefitsYearView.Of).ToList(), reconciliation.ChecksMade, reconciliation.Ties,
            reconciliation.Discrepancies.Select(d => new DiscrepancyView(d.Where, d.Stated, d.Computed, d.Difference))
                .ToList());
    }
}
