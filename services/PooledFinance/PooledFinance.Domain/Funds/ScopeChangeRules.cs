using Commissioning.Domain;

namespace PooledFinance.Domain.Funds;

/// <summary>
/// The rules a scope change keeps (W WF-9, W:615-620): what may be proposed, and how the partners decide.
/// </summary>
public static class ScopeChangeRules
{
    public static readonly Rule FromPotBOrC = new("scope-change-from-pot-b-or-c", ViolationKind.Invalid,
        "A scope change brings a Pot B or Pot C service into the pool; a Pot A service is added as a line.", "W:615");
    public static readonly Rule PotDNeverProposed = new("pot-d-service-never-proposed", ViolationKind.Precondition,
        "A Pot D service stays entirely with its parent body and is never proposed for a pool.", "W:618");
    public static readonly Rule PotCNamesItsLegislation = new("pot-c-proposal-names-its-legislation",
        ViolationKind.Precondition,
        "A Pot C service is proposed for the pool only with the change in existing legislation it relies on.", "W:617");
    public static readonly Rule LegislationForPotCOnly = new("legislation-change-for-pot-c-only",
        ViolationKind.Invalid, "Only a Pot C service waits on legislation: a Pot B proposal names no change in it.",
        "W:617");
    public static readonly Rule RiskAssessedFirst = new("scope-change-risk-assessed-first", ViolationKind.Invalid,
        "A service is proposed for the pool with its risk assessment, made no later than the proposal.", "W:620");
    public static readonly Rule Open = new("scope-change-open", ViolationKind.Precondition,
        "A scope change takes decisions only while it awaits approval: one rejection or the last approval closes it.",
        "W WF-9");
    public static readonly Rule OfItsFund = new("scope-change-decided-on-its-fund", ViolationKind.Invalid,
        "A decision on a scope change is made on the fund it was proposed for.");
    public static readonly Rule DecidedOncePerPartner = new("scope-change-decided-once-per-partner",
        ViolationKind.AlreadyExists, "Each partner body of the agreement decides a scope change once.", "W WF-9");
    public static readonly Rule DecidedAfterTheProposal = new("scope-change-decided-after-the-proposal",
        ViolationKind.Invalid, "A partner's decision on a scope change is dated no earlier than the proposal.");
}
