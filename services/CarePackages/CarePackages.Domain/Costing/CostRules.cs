using Commissioning.Domain;

namespace CarePackages.Domain.Costing;

/// <summary>The rules a verified price keeps (anchors B.2 <c>6.Costs_fact.sql</c>).</summary>
public static class CostRules
{
    public static readonly Rule CostStated = new("cost-stated", ViolationKind.Invalid,
        "A cost has a CLD frequency and a unit cost above zero in pounds and pence; an hourly, per-session or daily "
        + "cost states its planned units a week, to two decimal places and at most 168.", "anchors B.2");
}
