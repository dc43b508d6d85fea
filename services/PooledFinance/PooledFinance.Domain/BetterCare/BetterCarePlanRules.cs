using Commissioning.Domain;

namespace PooledFinance.Domain.BetterCare;

/// <summary>
/// The rules a Better Care Fund plan keeps (S:22-33): what it is drawn on and states, the figures that must agree
/// before it is submitted, and the partners' sign-off.
/// </summary>
public static class BetterCarePlanRules
{
    public static readonly Rule OnABetterCareFund = new("bcf-plan-on-a-bcf-fund", ViolationKind.Invalid,
        "A BCF plan draws on a Better Care Fund.", "S:30, S:93");
    public static readonly Rule Stated = new("bcf-plan-stated", ViolationKind.Invalid,
        "A BCF plan names its council and its CCG, two different partners, and states the partners' contributions.",
        "S:22");
    public static readonly Rule StatedTotalIsItsContributions = new("bcf-stated-total-is-its-contributions",
        ViolationKind.Precondition, "A BCF plan is submitted only with its stated total equal to its contributions.",
        "W:398 (BR-16)");
    public static readonly Rule LocalMinimumStated = new("bcf-local-minimum-stated", ViolationKind.Invalid,
        "A BCF plan states the local minimum DH and DCLG set before it is submitted.", "S:29");
    public static readonly Rule LocalMinimumMet = new("bcf-local-minimum-met", ViolationKind.Precondition,
        "A BCF plan is at least the local minimum DH and DCLG set from the share of the national £3.8bn.",
        "S:22, S:29");
    public static readonly Rule CcgTransfersThreePercent = new("bcf-ccg-transfers-three-percent",
        ViolationKind.Precondition, "The CCG contributes to a BCF plan at least 3% of its budget.", "S:22");
    public static readonly Rule NationalConditionsMet = new("bcf-national-conditions-met", ViolationKind.Precondition,
        "A BCF plan is submitted only with every national condition on its checklist met.");
    public static readonly Rule SignedOffOncePerPartner = new("bcf-signed-off-once-per-partner",
        ViolationKind.Invalid, "Each partner of the fund signs its BCF plan off once; no one else does.", "S:30, S:33");
    public static readonly Rule SignedOffByEveryPartner = new("bcf-signed-off-by-every-partner",
        ViolationKind.Precondition, "A BCF plan is submitted only once every partner has formally signed it off.",
        "S:30, S:33");
    public static readonly Rule SubmittedAfterItsSignOffs = new("bcf-submitted-after-its-sign-offs",
        ViolationKind.Invalid, "A BCF plan is submitted no earlier than its partners' sign-offs.", "S:30, S:33");
    public static readonly Rule SubmittedOnce = new("bcf-plan-submitted-once", ViolationKind.Invalid,
        "A submitted BCF plan is not signed off or submitted again.");
}
