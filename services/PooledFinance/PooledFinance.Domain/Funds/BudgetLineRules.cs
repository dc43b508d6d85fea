using Commissioning.Domain;

namespace PooledFinance.Domain.Funds;

/// <summary>The rules a budget line keeps as it moves between pots and into a fund (W:615-620).</summary>
public static class BudgetLineRules
{
    public static readonly Rule InOneFund = new("line-in-one-fund", ViolationKind.AlreadyExists,
        "A budget line is in one fund at most, pooled or aligned.");
    public static readonly Rule AlignedOnlyWithAnAlignedFund = new("line-aligned-only-with-an-aligned-fund",
        ViolationKind.Precondition,
        "A line is aligned only with an aligned fund; a pooled fund takes it into the pool.");
    public static readonly Rule PooledLineKeepsItsPot = new("pooled-line-keeps-its-pot", ViolationKind.Precondition,
        "A pooled line does not change pot; it leaves the pool first.", "W:616");
    public static readonly Rule LegislationChangeOnPotC = new("legislation-change-on-a-pot-c-line",
        ViolationKind.Precondition, "Only a Pot C line waits on, and records, a change in legislation.", "W:617");
    public static readonly Rule PotBReclassifiedFirst = new("pot-b-reclassified-before-pooling",
        ViolationKind.Precondition, "A Pot B line is not to be pooled until a scope change reclassifies it to Pot A.",
        "W:616");
    public static readonly Rule PotCAfterLegislation = new("pot-c-pooled-after-legislation", ViolationKind.Forbidden,
        "A Pot C line cannot legally be pooled without a recorded change in existing legislation.", "W:617");
    public static readonly Rule PotDStaysWithItsBody = new("pot-d-stays-with-its-body", ViolationKind.Forbidden,
        "A Pot D line stays entirely with its parent body: it is neither pooled nor aligned.", "W:618");
}
