using Commissioning.Domain;

namespace PooledFinance.Domain.Contributions;

/// <summary>
/// The rules a partner's contribution to a fund keeps (P:L372): its source, adjustments while proposed, its
/// agreement and instalments, variations once agreed, and the receipts against it.
/// </summary>
public static class ContributionRules
{
    public static readonly Rule ReservesStayWithTheirPartner = new("reserves-stay-with-their-partner",
        ViolationKind.Forbidden, "Reserves remain with each partner and never enter a pool.", "P:L379");
    public static readonly Rule AdjustedWhileProposed = new("contribution-adjusted-while-proposed",
        ViolationKind.Precondition, "A contribution is adjusted while it is proposed; once agreed it is varied.");
    public static readonly Rule AdjustmentLeavesAContribution = new("adjustment-leaves-a-contribution",
        ViolationKind.Invalid, "An adjustment or variation never takes a contribution to zero or below.");
    public static readonly Rule AgreedOnce = new("contribution-agreed-once", ViolationKind.Precondition,
        "A contribution is agreed once.");
    public static readonly Rule InstalmentsByThePeriod = new("instalments-annual-quarterly-or-monthly",
        ViolationKind.Invalid, "An agreed contribution is paid in annual, quarterly or monthly instalments.");
    public static readonly Rule VariedOnceAgreed = new("contribution-varied-once-agreed", ViolationKind.Precondition,
        "Only an agreed contribution is varied; a proposal is adjusted.");
    public static readonly Rule VariedWhileInstalmentsRemain = new("contribution-varied-while-instalments-remain",
        ViolationKind.Precondition,
        "A contribution is varied only while an instalment is still to fall due, to spread the unpaid rest over.");
    public static readonly Rule VariationKeepsWhatHasFallenDue = new("variation-keeps-what-has-fallen-due",
        ViolationKind.Invalid, "A variation never takes back money that has already fallen due.");
    public static readonly Rule ReceivedWhenAgreed = new("receipt-against-an-agreed-contribution",
        ViolationKind.Precondition, "Money is received against an agreed contribution.");
    public static readonly Rule ReceiptRecordedOnce = new("contribution-receipt-recorded-once",
        ViolationKind.AlreadyExists, "A receipt, by its reference, is recorded against a contribution once.");
    public static readonly Rule ReceiptWithinTheOutstanding = new("receipt-within-the-outstanding",
        ViolationKind.Invalid, "A receipt is no more than what is outstanding on the contribution.");
}
