using Commissioning.Domain;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.SeedWork;

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

/// <summary>
/// A pool's multi-year financial plan as the partners stated it (P:L306-332: "Pooled fund 3 year plan" and its
/// benefits schedule), kept under its agreement with every stated figure as stated. Its identities are checked on
/// every read and each mismatch is reported where it is (P's 2016/17 planned spend is £2k below its lines; the
/// benefits schedule is £1k off the plan in two years), never corrected.
/// </summary>
public sealed class PoolPlan : AggregateRoot
{
    private readonly List<PoolPlanYear> _years = [];
    private readonly List<BenefitsScheduleYear> _benefits = [];

    private PoolPlan() { }

    public Guid AgreementId { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<PoolPlanYear> Years => _years;
    public IReadOnlyList<BenefitsScheduleYear> BenefitsSchedule => _benefits;

    public static PoolPlan State(Agreements.Section75Agreement agreement, string title,
        IReadOnlyList<PoolPlanYear> years, IReadOnlyList<BenefitsScheduleYear> benefits)
    {
        PoolPlanRules.YearsInOrder.Require(years is { Count: > 0 }, "years", "A plan states at least one year.");
        var starts = years.Select(y => y.Year.StartYear).ToList();
        PoolPlanRules.YearsInOrder.Require(starts.SequenceEqual(Enumerable.Range(starts[0], starts.Count)), "years",
            "The plan's years follow one another, each once, in order.");
        PoolPlanRules.SpendByLine.Require(years.All(y => y.Lines is { Count: > 0 }), "lines",
            "Each year states its spend by line.");
        PoolPlanRules.BenefitsOfPlanYears.Require((benefits ?? []).All(b => starts.Contains(b.Year.StartYear)),
            "benefitsSchedule",
            "A benefits schedule year is a year of the plan.");
        foreach (var amount in years.SelectMany(Figures).Concat((benefits ?? []).SelectMany(b =>
                     b.Schemes.Select(l => l.Amount).Append(b.StatedTotal))))
            Amounts.WholePence(amount, "amount");
        var plan = new PoolPlan { AgreementId = agreement.Id, Title = Amounts.Text(title, "title") };
        plan._years.AddRange(years);
        plan._benefits.AddRange(benefits ?? []);
        return plan;
    }

    private static IEnumerable<decimal> Figures(PoolPlanYear y) => y.Lines.Select(l => l.Amount).Concat(
        [y.StatedTotalPlannedSpend, y.ResourceLimit, y.StatedOverSpend, y.PlannedDeficit, y.StatedBenefits]);

    public bool States(FinancialYear year) => _years.Any(y => y.Year == year);

    /// <summary>The plan's figures for one year, with that year's own mismatches, as a settlement keeps them.</summary>
    public PlannedPosition PositionFor(FinancialYear year)
    {
        var planYear = _years.SingleOrDefault(y => y.Year == year)
            ?? throw PoolPlanRules.PlanOfTheSettlement.Broken("poolPlanId", $"The plan '{Title}' states no {year}.");
        var schedule = _benefits.SingleOrDefault(b => b.Year == year);
        var mismatches = planYear.Reconcile(new Reconciliation());
        schedule?.Reconcile(planYear, mismatches);
        return new PlannedPosition(Id, Title, year, planYear.StatedTotalPlannedSpend, planYear.ResourceLimit,
            planYear.PlannedDeficit, planYear.StatedBenefits, schedule?.Schemes ?? [], mismatches.Discrepancies);
    }

    /// <summary>
    /// The plan a fund's <paramref name="year"/> is measured against when nobody names one: the only plan of the
    /// fund's agreement that states the year, and only while the agreement holds that one fund, since a plan does
    /// not say which of several funds it describes. Otherwise none: a plan is never guessed.
    /// </summary>
    public static PoolPlan? Unambiguous(FinancialYear year, IReadOnlyCollection<PoolPlan> agreementPlans,
        int fundsOfAgreement)
    {
        var stating = agreementPlans.Where(p => p.States(year)).ToList();
        return stating.Count == 1 && fundsOfAgreement == 1 ? stating[0] : null;
    }

    /// <summary>
    /// The plan a settlement is measured against: the one named, which must be a plan of the fund's agreement
    /// stating the year; else the <see cref="Unambiguous"/> one. Several plans stating the year and none named is
    /// refused, so the pool manager chooses rather than the platform.
    /// </summary>
    public static PoolPlan? For(FinancialYear year, IReadOnlyCollection<PoolPlan> agreementPlans,
        int fundsOfAgreement, Guid? named)
    {
        if (named is { } id)
        {
            var plan = agreementPlans.FirstOrDefault(p => p.Id == id)
                ?? throw PoolPlanRules.PlanOfTheSettlement.Broken("poolPlanId",
                    $"No pool plan of the fund's agreement has the id {id}.");
            PoolPlanRules.PlanOfTheSettlement.Require(plan.States(year), "poolPlanId",
                $"The plan '{plan.Title}' states no {year}.");
            return plan;
        }
        var stating = agreementPlans.Count(p => p.States(year));
        PoolPlanRules.PlanOfTheSettlement.Require(stating <= 1, "poolPlanId",
            $"{stating} plans of the agreement state {year}: name the one the settlement is measured against.");
        return Unambiguous(year, agreementPlans, fundsOfAgreement);
    }

    /// <summary>Every identity of every year, then each benefits schedule against its plan year.</summary>
    public Reconciliation Reconcile()
    {
        var reconciliation = new Reconciliation();
        foreach (var year in _years) year.Reconcile(reconciliation);
        foreach (var schedule in _benefits)
            schedule.Reconcile(_years.Single(y => y.Year == schedule.Year), reconciliation);
        return reconciliation;
    }
}
