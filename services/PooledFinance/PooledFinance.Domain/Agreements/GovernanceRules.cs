using Commissioning.Domain;

namespace PooledFinance.Domain.Agreements;

/// <summary>The rules governance decisions and the staged approval of a Section 75 agreement keep.</summary>
public static class GovernanceRules
{
    public static readonly Rule StageDecidedOnce = new("stage-decided-once", ViolationKind.AlreadyExists,
        "A partner decides each approval stage once.", "S:114-118");
    public static readonly Rule EveryPartnersPriorStage = new("every-partners-prior-stage", ViolationKind.Precondition,
        "A stage (approval in principle, heads of terms, formal s75) needs every partner's decision at the stage "
        + "before it, and comes after the last of them.", "S:114-118");
    public static readonly Rule DeferredOrRefusedAtItsStage = new("deferred-or-refused-at-its-stage",
        ViolationKind.Precondition,
        "A deferral or refusal of a stage is a decision at that stage: the paper goes to the partner's governance "
        + "only once every partner has approved the stage before, so it needs them and comes after the last of them.",
        "S:114-118");
    public static readonly Rule LegalScrutinyBeforeFormalS75 = new("legal-scrutiny-before-formal-s75",
        ViolationKind.Precondition,
        "The final s75 goes to the governing bodies only after its independent legal scrutiny is complete.",
        "P:L423");
    public static readonly Rule LegalScrutinyRecordedOnce = new("legal-scrutiny-recorded-once",
        ViolationKind.AlreadyExists, "An agreement's legal scrutiny is recorded once.", "P:L423");
    public static readonly Rule OwnBodysDelegation = new("own-bodys-delegation", ViolationKind.Invalid,
        "A partner's body decides for that partner under the partner's own delegation, cited.", "W:714, S:104");
    public static readonly Rule StageByAPartnerBody = new("stage-by-a-partner-body", ViolationKind.Invalid,
        "Each partner approves a stage through its own governance, not a joint body.", "S:114");
    public static readonly Rule DecisionApprovesThis = new("decision-approves-this", ViolationKind.Invalid,
        "A decision pointed at concerns this agreement, approves this step and is this partner body's own.");
    public static readonly Rule SignedAfterTheDecision = new("signed-after-the-decision", ViolationKind.Invalid,
        "An agreement is signed after the decision that authorised it, once that decision authorises.");
    public static readonly Rule SignedUnderItsFormalDecision = new("signed-under-its-formal-decision",
        ViolationKind.Precondition, "Once an agreement's approval stages are recorded, each partner signs it citing "
        + "that partner's own decision on the formal s75, so no signature passes round the stages.", "S:114-118");
    public static readonly Rule DelegationCitesItsReference = new("delegation-cites-its-reference",
        ViolationKind.Invalid, "Every delegation a joint decision relies on is cited by its reference (a cabinet "
        + "minute, a scheme of delegation).", "W:714, S:104");
    public static readonly Rule DelegatedByEveryPartner = new("delegated-by-every-partner", ViolationKind.Forbidden,
        "A joint body's decision binds the partners only with a delegation from every one of them, since each keeps "
        + "its statutory accountability.", "W:714, S:104");
    public static readonly Rule ConditionsOfAConditionalApproval = new("conditions-of-a-conditional-approval",
        ViolationKind.Invalid, "An approval with conditions states each condition, and only such an approval carries "
        + "conditions.", "A:509-510, S:7");
    public static readonly Rule DecisionResolvedToApprove = new("decision-resolved-to-approve", ViolationKind.Invalid,
        "Only an approving decision authorises a stage, signature, variation, settlement or award; a deferred or "
        + "refused one is kept as a record and authorises nothing.", "A:509, A:773");
    public static readonly Rule ConditionsMetBeforeItAuthorises = new("conditions-met-before-it-authorises",
        ViolationKind.Precondition, "An approval with conditions authorises only once every condition is recorded as "
        + "met.", "A:509-510");
    public static readonly Rule ConditionMetOnce = new("condition-met-once", ViolationKind.AlreadyExists,
        "A decision's condition is recorded as met once.");
    public static readonly Rule ConditionMetAfterTheDecision = new("condition-met-after-the-decision",
        ViolationKind.Invalid, "A condition is met no earlier than the decision that set it.");
    public static readonly Rule VariedByADecision = new("varied-by-a-decision", ViolationKind.Invalid,
        "A variation is made by a joint decision, given or recorded.", "W:714");
}
