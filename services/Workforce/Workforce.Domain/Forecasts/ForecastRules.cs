using Commissioning.Domain;

namespace Workforce.Domain.Forecasts;

/// <summary>The rules a staffing forecast, its costs of change and its pension cost share are stated by.</summary>
public static class ForecastRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;

    public static readonly Rule TitleGiven = new("forecast-title-given", Invalid, "A staffing forecast has a title.");
    public static readonly Rule TablesUnit = new("forecast-rounding-unit", Invalid,
        "A forecast rounds to a penny, a pound, £1,000, £0.01m or £0.1m.", "A R-FIN-02..04, R-FIN-06");
    public static readonly Rule AssumptionIsAPercentage = new("assumption-is-a-percentage", Invalid,
        "A pay award, vacancy factor or unpaid leave is a percentage from 0 to 100; an uplift from -100 to 100.",
        "A R-FIN-01, R-FIN-05");
    public static readonly Rule TeamBasesStated = new("team-bases-stated", Invalid,
        "A forecast year states each of its teams once, by name, with a base in whole pence not below zero.",
        "A R-FIN-01, Table 1 L840-848");
    public static readonly Rule CommittedOnABudgetLine = new("committed-on-a-budget-line", Invalid,
        "A staffing cost committed to the pool names its budget line.");
    public static readonly Rule ApprovalStated = new("one-off-approval-stated", Invalid,
        "A one-off approval is an amount in whole pence above zero, with the approving body and its reference.",
        "A §1.1 L197, R-FIN-07 (£250,000, 2017/18)");
    public static readonly Rule CostNamed = new("cost-of-change-named", Invalid,
        "A cost of change has a name, and a recurrent one is named once.");
    public static readonly Rule OneOffAmount = new("one-off-amount", Invalid,
        "A one-off cost is an amount in whole pence above zero.", "A R-FIN-07");
    public static readonly Rule RecurrentAmountOrTbc = new("recurrent-amount-or-tbc", Invalid,
        "A recurrent cost (or the pension cost) is an amount in whole pence above zero, or to be confirmed: "
        + "never zero.", "A R-FIN-08, §4.9 L857-862");
    public static readonly Rule PensionCostShared = new("pension-cost-shared", Invalid,
        "A pension cost share names at least two bodies, each once, each with a share above zero.",
        "A §4.3 L807 (£0.28m 50:50), R-FIN-12");
}
