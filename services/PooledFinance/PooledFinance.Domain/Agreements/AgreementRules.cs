using Commissioning.Domain;

namespace PooledFinance.Domain.Agreements;

/// <summary>
/// The rules a Section 75 agreement keeps through its life: what a draft states, when it comes into force, is
/// varied, given notice and ends (P:L417-421), and the order of its statuses.
/// </summary>
public static class AgreementRules
{
    public static readonly Rule StatesItsAims = new("agreement-states-its-aims", ViolationKind.Invalid,
        "A Section 75 agreement states at least one aim.");
    public static readonly Rule StatesItsFunctions = new("agreement-states-its-functions", ViolationKind.Invalid,
        "A Section 75 agreement states the functions it covers.");
    public static readonly Rule TermEndsAfterItStarts = new("term-ends-after-it-starts", ViolationKind.Invalid,
        "An agreement's term, when it has an end, ends after it starts.");
    public static readonly Rule FirstReviewWithinTheFirstYear = new("first-review-within-the-first-year",
        ViolationKind.Invalid, "An agreement's first annual review falls within its first year.", "P:L417");
    public static readonly Rule NoticeBetween1And24Months = new("notice-between-1-and-24-months",
        ViolationKind.Invalid, "An agreement's notice period is between 1 and 24 months.", "P:L421");
    public static readonly Rule PartnerSignsOnce = new("partner-signs-once", ViolationKind.AlreadyExists,
        "Each partner body approves (signs) the agreement once.");
    public static readonly Rule InForceWithinItsTerm = new("in-force-within-its-term", ViolationKind.Invalid,
        "An agreement comes into force no earlier than its term starts.");
    public static readonly Rule InForceOnceApproved = new("in-force-once-approved", ViolationKind.Invalid,
        "An agreement comes into force no earlier than the day its last partner approved it.");
    public static readonly Rule VariedWhileInForce = new("varied-while-in-force", ViolationKind.Invalid,
        "A variation takes effect no earlier than the agreement came into force.");
    public static readonly Rule NoticeServedWhileInForce = new("notice-served-while-in-force", ViolationKind.Invalid,
        "Notice is served no earlier than the day the agreement came into force.", "P:L421");
    public static readonly Rule TerminatedOnceItEnds = new("terminated-once-it-ends", ViolationKind.Precondition,
        "An agreement is terminated on or after the day it ends: the end of its notice, or of its term.", "P:L421");
    public static readonly Rule SettlementTermsBeforeTheEnd = new("settlement-terms-before-the-end",
        ViolationKind.Invalid, "Settlement terms are chosen for an agreement that has not ended.");
    public static readonly Rule StatusAllows = new("agreement-status-allows", ViolationKind.Precondition,
        "Each step on an agreement is taken at its point in the agreement's life: draft, approved, in force, "
        + "varied, notice served, terminated.");
}
