using Commissioning.Domain;

namespace PooledFinance.Domain.Costs;

/// <summary>The rules a costing of change from a rate card keeps (A §4.2 L794-799; W:643-652).</summary>
public static class CostingRules
{
    public static readonly Rule BorneByAPartner = new("costing-borne-by-a-partner", ViolationKind.Invalid,
        "A costing of change is borne by a partner of the partnership.", "W:654");
    public static readonly Rule LinesStated = new("costing-lines-stated", ViolationKind.Invalid,
        "A costing has at least one line, each costed in weeks or in days, not both, and more than zero of them.",
        "A §4.2 L795-799; W:647-648");
    public static readonly Rule RateCardStated = new("costing-rate-card-stated", ViolationKind.Invalid,
        "A rate card names each role once, with weekly hours more than 0 and at most 168.", "A §4.2 L794-798");
}
