using Commissioning.Domain;
using PooledFinance.Api.Infrastructure;
using PooledFinance.Domain.Funds;

namespace PooledFinance.Api.Apis;

/// <summary>
/// A service outside the pool proposed for it by its owner's finance officer: its current pot (B, or C with the
/// change in legislation relied on, which a Pot B service leaves out), amount and the mandatory risk assessment
/// (W:616-620).
/// </summary>
public sealed record NewScopeChange(Guid OwnerBodyId, string FinancialYear, string Code, string Name, Pot Pot,
    decimal Amount, RiskAssessmentView? RiskAssessment, DateOnly ProposedOn,
    LegislationChangeView? LegislationChange = null)
{
    public ScopeProposal ToProposal() => new(OwnerBodyId, Commissioning.Domain.FinancialYear.Parse(FinancialYear),
        Code, Name, Pot, Amount, RiskAssessment?.ToAssessment(), LegislationChange?.ToChange(), ProposedOn);
}

/// <summary>A partner body's decision on a scope change: approved or not, by whom, under which delegation.</summary>
public sealed record ScopeDecisionRequest(Guid PartnerBodyId, bool? Approved, string DecidedBy,
    string DelegationReference, DateOnly DecidedOn)
{
    public ScopeDecision ToDecision() => new(PartnerBodyId,
        Approved ?? throw PooledFinanceApiRules.ScopeDecisionSaid.Broken("approved",
            "Say whether the body approves the scope change."),
        DecidedBy, DelegationReference, DecidedOn);
}

public sealed record ScopeDecisionView(Guid PartnerBodyId, bool Approved, string DecidedBy, string DelegationReference,
    DateOnly DecidedOn);

/// <summary>A scope change and where it stands; once every partner approved, the pooled line it created.</summary>
public sealed record ScopeChangeView(Guid Id, Guid FundId, Guid OwnerBodyId, FinancialYearView Year, string Code,
    string Name, Pot Pot, decimal Amount, RiskAssessmentView RiskAssessment, LegislationChangeView? LegislationChange,
    DateOnly ProposedOn, ScopeChangeStatus Status, IReadOnlyList<ScopeDecisionView> Decisions, Guid? BudgetLineId)
{
    public static ScopeChangeView Of(ScopeChange c) => new(c.Id, c.FundId, c.OwnerBodyId, FinancialYearView.Of(c.Year),
        c.Code, c.Name, c.Pot, c.Amount,
        new RiskAssessmentView(c.RiskAssessment.Reference, c.RiskAssessment.AssessedBy, c.RiskAssessment.AssessedOn),
        c.LegislationChange is { } l ? new LegislationChangeView(l.Reference, l.CommencedOn) : null, c.ProposedOn,
        c.Status, c.Decisions.Select(d => new ScopeDecisionView(d.PartnerBodyId, d.Approved, d.DecidedBy,
            d.DelegationReference, d.DecidedOn)).ToList(), c.BudgetLineId);
}
