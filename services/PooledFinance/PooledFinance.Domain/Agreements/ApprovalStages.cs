using Commissioning.Domain;

namespace PooledFinance.Domain.Agreements;

/// <summary>
/// One partner body's decision at a stage, as the agreement keeps it: which decision, when, and whether it still waits
/// for its conditions (an approval with conditions counts towards the stage only from the day the last is met).
/// </summary>
public sealed record StageApproval(Guid DecisionId, Guid PartnerBodyId, GovernanceStage Stage, DateOnly DecidedOn)
{
    public bool AwaitsConditions { get; init; }
    public DateOnly? ConditionsMetOn { get; init; }

    /// <summary>The day it counts towards its stage from, once it does.</summary>
    public DateOnly ApprovedOn => ConditionsMetOn ?? DecidedOn;
}

/// <summary>The independent legal scrutiny of the final s75, before governing bodies see it (P:L423).</summary>
public sealed record LegalScrutiny(string ScrutinisedBy, string Reference, DateOnly CompletedOn);

/// <summary>
/// The three approvals every partner gives through its own formal governance (S:114-118): approval in principle,
/// then heads of terms (after which teams operate in shadow mode), then the formal s75 agreement, which goes to the
/// governing bodies only once its legal scrutiny is recorded (P:L423). Pure: it judges a decision against those
/// already made.
/// </summary>
/// <remarks>
/// Decisions where the documents are silent: a stage is complete on the day its last partner decided, and a
/// partner's decision at a stage must be dated no earlier than that day for the stage before (a decision recorded
/// late, as S:127's retrospective approval is, still keeps the order of the meetings). Each partner decides a stage
/// once. The documents' months (Feb/Mar, Sep/Oct, Jan-Mar 2015) are a plan, not a rule, and are not enforced. A
/// partner's approval with conditions is its decision at the stage (it decides once) but completes the stage only
/// when its last condition is met, on that day: the next stage, the formal s75 and its signature wait for it.
/// </remarks>
public static class ApprovalStages
{
    public static readonly IReadOnlyList<GovernanceStage> Order =
        [GovernanceStage.ApprovalInPrinciple, GovernanceStage.HeadsOfTerms, GovernanceStage.FormalAgreement];

    public static bool IsStage(GovernanceStage stage) => Order.Contains(stage);

    /// <summary>Refuses a decision out of order, naming stage, decidedOn or legalScrutiny.</summary>
    public static void Require(IReadOnlyCollection<Guid> partners, IReadOnlyCollection<StageApproval> made,
        StageApproval next, LegalScrutiny? scrutiny) =>
        RequireInOrder(partners, made, next, scrutiny, approves: true);

    /// <summary>
    /// Refuses a deferral or refusal at a stage out of order as <see cref="Require"/> does an approval, under
    /// <see cref="GovernanceRules.DeferredOrRefusedAtItsStage"/>: the body was asked the stage's question, which it
    /// is only once every partner has approved the stage before; a stage the partner has approved is not put to it
    /// again (<see cref="GovernanceRules.StageDecidedOnce"/>).
    /// </summary>
    public static void RequireNotApproving(IReadOnlyCollection<Guid> partners,
        IReadOnlyCollection<StageApproval> made, StageApproval next, LegalScrutiny? scrutiny) =>
        RequireInOrder(partners, made, next, scrutiny, approves: false);

    private static void RequireInOrder(IReadOnlyCollection<Guid> partners, IReadOnlyCollection<StageApproval> made,
        StageApproval next, LegalScrutiny? scrutiny, bool approves)
    {
        // The same order, told as the rule of the decision's kind.
        RuleViolation OutOfOrder(string field, string message) => approves
            ? GovernanceRules.EveryPartnersPriorStage.Broken(field, message)
            : GovernanceRules.DeferredOrRefusedAtItsStage.Broken(field, message);
        if (made.Any(a => a.PartnerBodyId == next.PartnerBodyId && a.Stage == next.Stage))
            throw GovernanceRules.StageDecidedOnce.Broken("stage",
                $"This partner has already decided {Describe(next.Stage)}.");
        var index = Order.ToList().IndexOf(next.Stage);
        if (index > 0)
        {
            var prior = Order[index - 1];
            var missing = partners.Where(p => !made.Any(a => a.PartnerBodyId == p && a.Stage == prior
                && !a.AwaitsConditions)).ToList();
            if (missing.Count > 0)
                throw OutOfOrder("stage",
                    $"{Describe(next.Stage)} needs every partner's {Describe(prior)} first; "
                    + $"{string.Join(", ", missing)} has not given it, or not met its conditions (S:114-118).");
            var complete = CompletedOn(partners, made, prior)!.Value;
            if (next.DecidedOn < complete)
                throw OutOfOrder("decidedOn", $"{Describe(prior)} was complete on {complete:yyyy-MM-dd}; "
                    + $"{Describe(next.Stage)} cannot come before.");
        }
        if (next.Stage != GovernanceStage.FormalAgreement) return;
        if (scrutiny is null)
            throw GovernanceRules.LegalScrutinyBeforeFormalS75.Broken("legalScrutiny",
                "The final s75 goes to governing bodies only after its independent legal scrutiny (P:L423).");
        GovernanceRules.LegalScrutinyBeforeFormalS75.Require(scrutiny.CompletedOn <= next.DecidedOn, "legalScrutiny",
            $"Legal scrutiny completed on {scrutiny.CompletedOn:yyyy-MM-dd}, after this decision (P:L423).");
    }

    /// <summary>
    /// The day the last partner approved <paramref name="stage"/> (its conditions met), once every partner has.
    /// </summary>
    public static DateOnly? CompletedOn(IReadOnlyCollection<Guid> partners, IReadOnlyCollection<StageApproval> made,
        GovernanceStage stage)
    {
        var at = made.Where(a => a.Stage == stage && !a.AwaitsConditions).ToList();
        return partners.Count > 0 && partners.All(p => at.Any(a => a.PartnerBodyId == p))
            ? at.Max(a => a.ApprovedOn) : null;
    }

    /// <summary>The last stage every partner has decided, if any.</summary>
    public static GovernanceStage? Reached(IReadOnlyCollection<Guid> partners, IReadOnlyCollection<StageApproval> made)
        => Order.Where(s => CompletedOn(partners, made, s) is not null).Select(s => (GovernanceStage?)s)
            .LastOrDefault();

    private static string Describe(GovernanceStage stage) => stage switch
    {
        GovernanceStage.ApprovalInPrinciple => "approval in principle",
        GovernanceStage.HeadsOfTerms => "heads of terms",
        GovernanceStage.FormalAgreement => "the formal s75 agreement",
        _ => stage.ToString(),
    };
}
