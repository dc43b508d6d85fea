using Commissioning.Domain;

namespace CarePackages.Domain.Verification;

/// <summary>The rules the council's verification of a support plan keeps (P CPV-04, P:L799; A risk 9).</summary>
public static class VerificationRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule VerificationUndecided = new("verification-undecided", State,
        "A verification is decided once.", "P CPV-04");
    public static readonly Rule DecisionOnItsPlan = new("verification-decision-on-its-plan", Invalid,
        "A verification decides on its own plan, and not before it was opened.", "P CPV-04");
    public static readonly Rule JustifiedLineChecked = new("justified-line-checked", Invalid,
        "A justification is for a cost line whose cost has been checked.", "P CPV-04");
    public static readonly Rule CostChecked = new("cost-checked-against-rate-and-benchmark", State,
        "Every cost line is checked against its contracted rate and benchmark before the plan is agreed.",
        "P CPV-04; anchors B.9");
    public static readonly Rule CostAboveRateJustified = new("cost-above-rate-justified", State,
        "A cost above the contracted rate or the benchmark is agreed only with a recorded justification.",
        "P CPV-04");
    public static readonly Rule PriceStated = new("rate-and-benchmark-stated", Invalid,
        "A contracted rate is above zero and a benchmark band is not negative and its top not below its bottom.",
        "anchors B.9");
    public static readonly Rule StatutoryNeedsAddressed = new("statutory-needs-addressed", State,
        "A plan is agreed only when it addresses every statutory need.", "P CPV-04");
    public static readonly Rule DecisionExplained = new("verification-decision-explained", Invalid,
        "Justifying a cost, returning a plan or declining it states the reason and explains it.",
        "P CPV-04; A risk 9, §1.24 L531");
    public static readonly Rule PlanHasCostLines = new("plan-has-cost-lines", State,
        "A commitment is made for a plan with cost lines.", "P CPV-04");
    public static readonly Rule HeadroomGiven = new("budget-headroom-given", Invalid,
        "A commitment is checked against the headroom of every budget line it is charged to.", "A §4.11 L876");
    public static readonly Rule VerifierOnly = new("verifier-only", ViolationKind.Forbidden,
        "Only the council's verification team decides on a support plan; provider staff never agree funding.",
        "P:L799");
    public static readonly Rule WithinDelegatedAuthority = new("within-delegated-authority", ViolationKind.Forbidden,
        "A verifier agrees a package up to the weekly and one-off limits; above either, only a senior verifier.",
        "A §8.6, P §8.33");
    public static readonly Rule LimitsStated = new("delegated-limits-stated", Invalid,
        "The verifier's weekly limit is positive and the one-off limit not negative.", "A §8.6, P §8.33");
}
