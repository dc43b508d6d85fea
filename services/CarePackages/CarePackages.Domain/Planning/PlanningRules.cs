using Commissioning.Domain;

namespace CarePackages.Domain.Planning;

/// <summary>The rules a support plan keeps (P:L860, P CPV-02..03; A §5.25, §1.22 L502).</summary>
public static class PlanningRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;
    private const ViolationKind State = ViolationKind.Precondition;
    private const ViolationKind Forbidden = ViolationKind.Forbidden;

    public static readonly Rule OnlyEligibleNeedsFunded = new("only-eligible-needs-funded", State,
        "Only assessed eligible needs are met with funded support.", "A R-CPB-01, §5.25 L1354");
    public static readonly Rule SupportMeetsAPlannedNeed = new("support-meets-a-planned-need", Invalid,
        "A cost line or other support meets one of the plan's eligible needs.", "A §5.25 L1354");
    public static readonly Rule SupportStated = new("support-stated", Invalid,
        "A cost line has a service type, a description and a start no earlier than the plan was drafted; other "
        + "support has a known source and a description.", "P CPV-02");
    public static readonly Rule QualityAssuredInside = new("quality-assured-inside-the-drafter", Forbidden,
        "A plan is quality assured by a quality reviewer (or council staff) of the drafting organisation who is "
        + "not its author, and only that organisation submits it.", "P CPV-03");
    public static readonly Rule PlanHasCostLine = new("plan-has-a-cost-line", State,
        "A plan for verification has at least one cost line.", "P CPV-03");
    public static readonly Rule PlanStatusAllows = new("plan-status-allows", State,
        "Only a draft plan changes, only a quality-assured one is submitted and only a submitted one is verified.",
        "P CPV-02..04");
    public static readonly Rule CrisisPlanOfferedToThoseAtRisk = new("crisis-plan-offered-to-those-at-risk", State,
        "A plan for someone who may be at risk of crisis goes for verification only with a crisis plan offered.",
        "A §1.22 L502, R-CPB-09");
    public static readonly Rule CrisisOfferRecorded = new("crisis-offer-recorded", Invalid,
        "A crisis plan is offered once the plan is drafted, and one taken up names the plan it became.",
        "A §1.22 L502");
    public static readonly Rule CrisisRiskFirst = new("crisis-risk-first", State,
        "A crisis plan is offered to someone recorded as possibly at risk of crisis.", "A §1.22 L502");
}
