using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Settlement;

namespace PooledFinance.Api.Apis;

/// <summary>A financial year, 1 April to 31 March, named by the year it starts in.</summary>
public sealed record FinancialYearView(int StartYear, DateOnly Start, DateOnly End)
{
    public static FinancialYearView Of(FinancialYear year) => new(year.StartYear, year.Start, year.End);
}

/// <summary>An amount (pounds, or a percentage in a split) for one partner body.</summary>
public sealed record PartnerAmountView(Guid PartnerBodyId, decimal Amount)
{
    public static PartnerAmountView Of(PartnerAmount a) => new(a.PartnerBodyId, a.Amount);

    public static IReadOnlyList<PartnerAmountView> Of(IEnumerable<PartnerAmount> amounts) =>
        amounts.Select(Of).ToList();

    public PartnerAmount ToAmount() => new(PartnerBodyId, Amount);
}

/// <summary>One partner body's approval through its own governance, citing its delegation.</summary>
public sealed record PartnerApprovalView(Guid PartnerBodyId, string ApprovingBody, string DelegationReference,
    DateOnly ApprovedOn, Guid? DecisionId)
{
    public static IReadOnlyList<PartnerApprovalView> Of(IEnumerable<PartnerApproval> approvals) =>
        approvals.Select(a => new PartnerApprovalView(a.PartnerBodyId, a.ApprovingBody, a.DelegationReference,
            a.ApprovedOn, a.DecisionId)).ToList();
}

/// <summary>One partner's delegation to a joint body, cited by its reference.</summary>
public sealed record DelegationView(Guid PartnerBodyId, string Reference);

/// <summary>A decision of a joint body, binding only with a delegation from every partner (W:714, S:104).</summary>
public sealed record JointDecisionView(string Body, string Subject, DateOnly DecidedOn,
    IReadOnlyList<DelegationView> Delegations)
{
    public static JointDecisionView? Of(JointDecision? d) => d is null ? null
        : new(d.Body, d.Subject, d.DecidedOn, d.Delegations.Select(x => new DelegationView(x.PartnerBodyId,
            x.Reference))
            .ToList());

    public JointDecision ToDecision() =>
        new(Body, Subject, DecidedOn, Delegations.Select(d => new Delegation(d.PartnerBodyId, d.Reference)).ToList());
}
