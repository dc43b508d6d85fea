using Commissioning.Domain;

namespace Notifications.Domain.Deliveries;

/// <summary>The rules deliveries, their attempts, replays and the provider's event feed keep.</summary>
public static class DeliveryRules
{
    public static readonly Rule EventTypeCarried = new("delivery-event-type", ViolationKind.Invalid,
        "A delivery carries its event's type.");
    public static readonly Rule SubjectCarried = new("delivery-subject", ViolationKind.Invalid,
        "A delivery carries its event's subject: deliveries of one subject go in order.", "issue 19 cap. 3");
    public static readonly Rule FeedCountsFromOne = new("feed-counts-from-one", ViolationKind.Invalid,
        "An event's place in the feed counts from 1.");
    public static readonly Rule FeedCursor = new("feed-cursor", ViolationKind.Invalid,
        "A feed cursor is 0 (the start) or a 'next' the feed gave.");
    public static readonly Rule DeliveryOpen = new("delivery-open", ViolationKind.Precondition,
        "A delivery that succeeded or was given up takes no more attempts.", "issue 19 cap. 3");
    public static readonly Rule AttemptDue = new("attempt-due", ViolationKind.Precondition,
        "An attempt is made no sooner than the schedule allows.", "issue 19 cap. 3");
    public static readonly Rule AttemptsFromOne = new("attempts-from-one", ViolationKind.Invalid,
        "Attempts are counted from 1.");
    public static readonly Rule JitterFraction = new("jitter-fraction", ViolationKind.Invalid,
        "Jitter is a fraction from 0 to 1.", "issue 19 cap. 3");
    public static readonly Rule AttemptWellFormed = new("attempt-well-formed", ViolationKind.Invalid,
        "An attempt has an HTTP status from 100 to 599 or says why it had none, and takes no less than no time.",
        "issue 19 cap. 3, 5");
    public static readonly Rule ReplayOneSelection = new("replay-one-selection", ViolationKind.Invalid,
        "A replay is either a window (from and to) or every failed delivery, not both.");
    public static readonly Rule ReplayWindowOrdered = new("replay-window-ordered", ViolationKind.Invalid,
        "A replay window has from and to, from before to.");
    public static readonly Rule ReplayToActiveEndpoint = new("replay-to-active-endpoint", ViolationKind.Precondition,
        "Deliveries are replayed only to an active endpoint.");
}
