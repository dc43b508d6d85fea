using Commissioning.Domain;

namespace PooledFinance.Domain.Planning;

/// <summary>The rules a stated pool plan keeps, and which plan a settlement is measured against.</summary>
public static class PoolPlanRules
{
    public static readonly Rule YearsInOrder = new("plan-years-in-order", ViolationKind.Invalid,
        "A pool plan states at least one year, its years following one another, each once, in order.",
        "P:L306-321");
    public static readonly Rule SpendByLine = new("plan-year-spend-by-line", ViolationKind.Invalid,
        "Each year of a pool plan states its spend by line.", "P:L306-321");
    public static readonly Rule BenefitsOfPlanYears = new("benefits-schedule-of-plan-years", ViolationKind.Invalid,
        "A benefits schedule year is a year of the plan.", "P:L325-332");
    public static readonly Rule PlanOfTheSettlement = new("settlement-plan-identified", ViolationKind.Invalid,
        "A settlement is measured against a plan of its agreement that states its year: the one named, or the only "
        + "one stating it; with several and none named the pool manager names one.", "P:L309-321");
}
