using Commissioning.Domain;

namespace Contracts.Domain.Agreements;

/// <summary>
/// Where the Section 75 agreement a contract depends on stands, as pooled finance keeps it: the day the
/// last partner signed (approved) it and the day it is in force from; either is null until it happens. With it,
/// the governance decision the award names, as pooled finance found it (null when it found none).
/// </summary>
public sealed record Section75Standing(Guid AgreementId, DateOnly? SignedOn, DateOnly? InForceFrom, DateOnly? EndsOn,
    AuthorisingDecision? Decision = null)
{
    /// <summary>
    /// S:118: "Signatures will be required by 31 March, in order for contracts to be in place for 2015/16":
    /// the s75 is signed by the 31 March before the contracting year the contract starts in.
    /// </summary>
    public static DateOnly SignatureDeadlineFor(DateOnly startsOn) =>
        FinancialYear.Containing(startsOn).Start.AddDays(-1);
}

/// <summary>
/// A pooled-finance governance decision as contracts learns of it: the agreement it concerns, whether it approves a
/// contract award (rather than a stage, variation or settlement; <paramref name="Approves"/> says which) and when.
/// </summary>
public sealed record AuthorisingDecision(Guid Id, Guid AgreementId, bool IsContractAward, string Approves,
    DateOnly DecidedOn)
{
    /// <summary>What the body resolved, in words: approved unless pooled finance says otherwise.</summary>
    public string Resolved { get; init; } = "approved";

    /// <summary>
    /// The day it authorises from (its own day for an approval, the day its last condition was met for one with
    /// conditions); null while it authorises nothing: deferred, refused or a condition not yet met.
    /// </summary>
    public DateOnly? AuthorisesFrom { get; init; } = DecidedOn;
}

public sealed partial class CommissioningContract
{
    /// <summary>The pooled-finance Section 75 agreement the contract is let under, if any.</summary>
    public Guid? Section75AgreementId { get; private set; }
    public DateOnly? Section75SignedOn { get; private set; }
    /// <summary>The s75 was signed after the 31 March before the contract's first contracting year (S:118).</summary>
    public bool Section75SignedLate { get; private set; }
    /// <summary>
    /// The pooled-finance governance decision (a contract award) the partners authorised it by: an id reference,
    /// since contracts cannot read pooled finance's store; the decision's governance-decision-recorded event names it.
    /// </summary>
    public Guid? AuthorisingDecisionId { get; private set; }

    /// <summary>
    /// A contract under an s75 cannot start before that s75 is in force, nor after it ends; one signed
    /// too late for the contract's first contracting year (S:114-118) is flagged, not refused, since the
    /// partners may still let it once the agreement is in force.
    /// </summary>
    private void DependOn(Guid? agreementId, Section75Standing? standing, Guid? authorisingDecisionId,
        DateOnly awardedOn)
    {
        if (agreementId is not { } id)
        {
            Section75Rules.DecisionUnderAnAgreement.Require(authorisingDecisionId is null, "authorisingDecisionId",
                "An authorising decision is one on a Section 75 agreement; name section75AgreementId too.");
            return;
        }
        if (standing is null || standing.AgreementId != id)
            throw Section75Rules.AgreementStandingKnown.Broken("section75AgreementId",
                "Where the contract's s75 agreement stands is not known.");
        if (standing.InForceFrom is not { } inForce)
            throw Section75Rules.AgreementInForce.Broken("section75AgreementId",
                "The s75 agreement is not in force; bring it into force before awarding a contract under it.");
        if (StartsOn < inForce)
            throw Section75Rules.StartsWithinTheAgreement.Broken("startsOn",
                $"The contract cannot start before its s75 agreement is in force on {inForce:yyyy-MM-dd}.");
        if (standing.EndsOn is { } ends && StartsOn > ends)
            throw Section75Rules.StartsWithinTheAgreement.Broken("startsOn",
                $"The s75 agreement ends on {ends:yyyy-MM-dd}, before the contract starts.");
        if (authorisingDecisionId is { } decisionId) RequireAuthorises(standing, decisionId, awardedOn);
        Section75AgreementId = id;
        AuthorisingDecisionId = authorisingDecisionId;
        Section75SignedOn = standing.SignedOn;
        Section75SignedLate = standing.SignedOn > Section75Standing.SignatureDeadlineFor(StartsOn);
    }

    /// <summary>
    /// The decision an award names must be one pooled finance knows, on this contract's s75, approving a contract
    /// award (not deferred or refused, any conditions met), and authorising by the award: otherwise the id would
    /// record an authority nobody gave.
    /// </summary>
    private static void RequireAuthorises(Section75Standing standing, Guid decisionId, DateOnly awardedOn)
    {
        const string field = "authorisingDecisionId";
        if (standing.Decision is not { } decision || decision.Id != decisionId)
            throw Section75Rules.AuthorisingDecisionKnown.Broken(field,
                $"Pooled finance holds no governance decision {decisionId} for the contract's partners.");
        Section75Rules.DecisionAuthorisesTheAward.Require(decision.AgreementId == standing.AgreementId, field,
            $"Decision {decisionId} concerns another Section 75 agreement, not the one the contract is let under.");
        Section75Rules.DecisionAuthorisesTheAward.Require(decision.IsContractAward, field,
            $"Decision {decisionId} approves {decision.Approves}, not a contract award.");
        if (decision.AuthorisesFrom is not { } from)
            throw Section75Rules.DecisionAuthorisesTheAward.Broken(field,
                $"Decision {decisionId} was {decision.Resolved} and authorises nothing yet (a deferral or refusal "
                + "never does; an approval with conditions once each is recorded as met).");
        Section75Rules.DecisionAuthorisesTheAward.Require(from <= awardedOn, field, from == decision.DecidedOn
            ? $"Decision {decisionId} was made on {decision.DecidedOn:yyyy-MM-dd}, after the award."
            : $"Decision {decisionId}'s last condition was met on {from:yyyy-MM-dd}, after the award.");
    }
}
