using Commissioning.Domain;

namespace Contracts.Domain.Agreements;

/// <summary>
/// The rules a contract awarded under a Section 75 agreement, and a change every party must approve, keep.
/// </summary>
public static class Section75Rules
{
    private const ViolationKind State = ViolationKind.Precondition;

    public static readonly Rule DecisionUnderAnAgreement = new("decision-under-an-agreement", ViolationKind.Invalid,
        "An award's authorising decision is one on a Section 75 agreement, which the award names too.", "S:114-118");
    public static readonly Rule AuthorisingDecisionKnown = new("authorising-decision-known", ViolationKind.NotFound,
        "The governance decision an award names is one pooled finance holds for the contract's partners.");
    public static readonly Rule DecisionAuthorisesTheAward = new("decision-authorises-the-award",
        ViolationKind.Invalid, "The governance decision an award names is a contract-award decision on the Section 75 "
        + "agreement the contract is let under, an approval (any conditions met) authorising no later than the "
        + "award.", "S:114-118, W:714");
    public static readonly Rule AgreementStandingKnown = new("s75-standing-known", ViolationKind.Invalid,
        "Where the contract's Section 75 agreement stands is known before the award.");
    public static readonly Rule AgreementInForce = new("s75-in-force", State,
        "A contract under a Section 75 agreement is awarded only once the agreement is in force.", "S:114-118");
    public static readonly Rule StartsWithinTheAgreement = new("starts-within-the-s75", State,
        "A contract under a Section 75 agreement starts within the agreement's term.", "S:118");
    public static readonly Rule ApprovedBeforeTheChange = new("approved-before-the-change", ViolationKind.Invalid,
        "An approval comes no later than the change it approves.", "W:714, S:37");
    public static readonly Rule ApprovedByEachParty = new("approved-by-each-party", State,
        "An award, variation or novation is approved by every party through its own governance.", "W:714, S:37");
}
