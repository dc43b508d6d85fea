using Commissioning.Domain;

namespace PooledFinance.Domain.Savings;

/// <summary>The rules a partner body's savings plan keeps (WF-7; W:427-428, W:666).</summary>
public static class SavingsRules
{
    public static readonly Rule PartnersOwn = new("savings-plan-of-a-partner", ViolationKind.Invalid,
        "A savings plan is a partner body's own, and only a partner records the basis adopted for it.",
        "W:427-428");
    public static readonly Rule WithinTheBudget = new("savings-within-the-budget", ViolationKind.Invalid,
        "A savings requirement is of a budget: at most the budget, a stated percentage of it above 0 and at most "
        + "100.", "W:427-428");
    public static readonly Rule DeliveredWithinIdentified = new("saving-delivered-within-identified",
        ViolationKind.Invalid, "A saving never delivers more than was identified for it; a further saving is "
        + "identified instead.");
    public static readonly Rule DecidedOnFindings = new("savings-basis-decided-on-findings", ViolationKind.Invalid,
        "The partners record the basis they adopted only for a plan whose figures disagree.", "W:427, W:666");
    public static readonly Rule ClosedAfterItsYear = new("savings-closed-after-its-year", ViolationKind.Invalid,
        "A savings plan is closed for its own year, once the year has ended.", "W:428");
    public static readonly Rule InDelivery = new("savings-plan-in-delivery", ViolationKind.Invalid,
        "A closed savings plan, met or missed, takes no further saving, delivery or change.", "W:428");
}
