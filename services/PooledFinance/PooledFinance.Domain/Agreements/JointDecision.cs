using Commissioning.Domain;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Agreements;

/// <summary>One partner's delegation to a joint body, cited by its reference (a cabinet minute, a scheme of delegation).</summary>
public sealed record Delegation(Guid PartnerBodyId, string Reference);

/// <summary>
/// A decision of a joint body (W's Joint Board, a partnership board). Partners keep their statutory
/// accountability, so it binds them only with a delegation from every one of them (W:714, S:104).
/// </summary>
public sealed record JointDecision(string Body, string Subject, DateOnly DecidedOn, IReadOnlyList<Delegation> Delegations)
{
    public void RequireDelegationFromEvery(IEnumerable<Guid> partnerBodyIds)
    {
        Amounts.Text(Body, "body");
        GovernanceRules.DelegationCitesItsReference.Require(
            Delegations.All(d => !string.IsNullOrWhiteSpace(d.Reference)), "delegations",
            "Every delegation needs its reference.");
        var missing = partnerBodyIds.Where(p => Delegations.All(d => d.PartnerBodyId != p)).ToList();
        if (missing.Count > 0)
            throw GovernanceRules.DelegatedByEveryPartner.Broken("delegations", $"{Body} has no delegation from "
                + $"{string.Join(", ", missing)}; a joint decision needs one from every partner.");
    }
}
