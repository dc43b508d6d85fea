using Commissioning.Domain;

namespace PooledFinance.Domain.Position;

/// <summary>
/// The rules of a fund's position by month and of a forecast variance's notification clock: identified from the
/// fund's own position, notified to every partner, answered by a joint action plan (P:L409-413).
/// </summary>
public static class VarianceRules
{
    public static readonly Rule MonthOfTheYear = new("month-of-the-financial-year", ViolationKind.Invalid,
        "A month of a financial year is 1 (April) to 12 (March).");
    public static readonly Rule PositionOfTheFund = new("variance-from-the-funds-position", ViolationKind.Invalid,
        "A forecast variance is identified from the position of its own fund.");
    public static readonly Rule SomethingToNotify = new("variance-to-notify", ViolationKind.Precondition,
        "A variance clock starts only when the forecast differs from the budget.", "P:L411");
    public static readonly Rule OneClockAMonth = new("variance-clock-once-a-month", ViolationKind.AlreadyExists,
        "A fund's month has one forecast variance and one notification clock.");
    public static readonly Rule NotifiedOnce = new("variance-notified-once", ViolationKind.AlreadyExists,
        "The partners are notified of a variance once.", "P:L411");
    public static readonly Rule NotifiedAfterIdentified = new("variance-notified-after-identified",
        ViolationKind.Invalid, "A variance is notified on or after the day it is identified.", "P:L411");
    public static readonly Rule EveryPartnerNotified = new("every-partner-notified", ViolationKind.Invalid,
        "A variance is notified to every partner of the agreement, and only to them.", "P:L411");
    public static readonly Rule NotifiedBeforeActionPlan = new("notified-before-the-action-plan",
        ViolationKind.Precondition, "The partners are notified of a variance before its joint action plan.",
        "P:L413");
    public static readonly Rule ActionPlanAfterNotification = new("action-plan-after-notification",
        ViolationKind.Invalid, "A joint action plan is agreed on or after the day the partners were notified.",
        "P:L413");
}
