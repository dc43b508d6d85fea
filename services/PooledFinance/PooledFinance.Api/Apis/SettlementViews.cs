using PooledFinance.Domain.Planning;
using PooledFinance.Domain.Settlement;

namespace PooledFinance.Api.Apis;

/// <summary>
/// How the year's lines are classed for the share; lines are named by their codes. DeficitsInVariance names
/// the prior-year deficits (debt ids) the year's figures include, as P's overspend against its resource limit
/// includes the planned deficit: the share is on the variance net of them and each is charged to its owner.
/// PoolPlanId names the pool plan the year is measured against; without it, the agreement's only plan stating
/// the year, while the agreement holds this one fund.
/// </summary>
public sealed record SettlementRun(string FinancialYear, IReadOnlyList<string>? NonRecurring = null,
    IReadOnlyList<string>? TreasuryIncome = null, IReadOnlyList<string>? TransformationPot = null,
    DateOnly? CalculatedOn = null, IReadOnlyList<Guid>? DeficitsInVariance = null, Guid? PoolPlanId = null);

public sealed record SettlementApprovalRequest(Guid PartnerBodyId, string ApprovingBody, string DelegationReference,
    DateOnly ApprovedOn, Guid? DecisionId = null);

/// <summary>One year-end variance to share, classed for the rule.</summary>
public sealed record SettlementItemView(string Description, decimal Variance, VarianceCategory Category,
    Guid? BudgetLineId, bool Recurring, bool SocialCare);

/// <summary>A deficit a partner had when the pool began; it stays with that partner (P:L371).</summary>
public sealed record OpeningDeficitView(Guid OwnerBodyId, string Description, decimal Amount, bool InVariance);

/// <summary>What the settlement was calculated from.</summary>
public sealed record SettlementInputsView(IReadOnlyList<SettlementItemView> Items,
    IReadOnlyList<PartnerAmountView> ActualContributions, IReadOnlyList<OpeningDeficitView> OpeningDeficits);

/// <summary>One shared amount, its basis and each partner's share.</summary>
public sealed record SettlementLineView(string Description, decimal Amount, string Basis,
    IReadOnlyList<PartnerAmountView> Shares);

/// <summary>A surplus share applied to the partner's own debt first (W:434).</summary>
public sealed record DebtApplicationView(Guid DebtObligationId, Guid PartnerBodyId, decimal Amount);

/// <summary>
/// The pool plan's year the settlement is measured against (P:L306-332), as stated when it was calculated, with
/// that year's figures that do not tie; the fund's outturn beside it; the overspend against the resource limit;
/// and the shortfall, how far that overspend exceeds the planned deficit (the benefits not delivered), or how far
/// within the planned deficit the year came.
/// </summary>
public sealed record PlanOutturnView(Guid PoolPlanId, string Plan, string FinancialYear, decimal PlannedSpend,
    decimal ResourceLimit, decimal PlannedDeficit, decimal Benefits, IReadOnlyList<PlanLineView> BenefitSchemes,
    IReadOnlyList<DiscrepancyView> SourceMismatches, decimal Outturn, decimal OverspendAgainstResourceLimit,
    decimal Shortfall, decimal WithinPlannedDeficit)
{
    public static PlanOutturnView? Of(PlanOutturn? o) => o is not { Planned: var p } ? null : new(p.PoolPlanId,
        p.Plan, p.Year.ToString(), p.PlannedSpend, p.ResourceLimit, p.PlannedDeficit, p.Benefits,
        p.BenefitSchemes.Select(l => new PlanLineView(l.Name, l.Amount)).ToList(),
        p.SourceMismatches.Select(d => new DiscrepancyView(d.Where, d.Stated, d.Computed, d.Difference)).ToList(),
        o.Outturn, o.OverspendAgainstResourceLimit, o.Shortfall, o.WithinPlannedDeficit);
}

/// <summary>
/// A year's risk and gain share: positive shares bear an overspend, negative ones receive a surplus;
/// approved when every partner has approved it for its own body. PoolPlan is the year's plan beside the outturn,
/// where the agreement has one for the year.
/// </summary>
public sealed record RiskShareSettlementView(Guid Id, Guid AgreementId, Guid FundId, FinancialYearView Year,
    string Rule, SettlementInputsView Inputs, SettlementStatus Status, DateOnly CalculatedOn,
    JointDecisionView? Approval, IReadOnlyList<SettlementLineView> Lines,
        IReadOnlyList<PartnerAmountView> PartnerShares,
    IReadOnlyList<DebtApplicationView> DebtApplications, IReadOnlyList<PartnerApprovalView> PartnerApprovals,
    decimal SharedTotal, PlanOutturnView? PoolPlan)
{
    public static RiskShareSettlementView Of(RiskShareSettlement s) => new(s.Id, s.AgreementId, s.FundId,
        FinancialYearView.Of(s.Year), s.Rule, InputsOf(s.Inputs), s.Status, s.CalculatedOn,
            JointDecisionView.Of(s.Approval),
        s.Lines.Select(l => new SettlementLineView(l.Description, l.Amount, l.Basis, PartnerAmountView.Of(l.Shares)))
            .ToList(),
        PartnerAmountView.Of(s.PartnerShares),
        s.DebtApplications.Select(d => new DebtApplicationView(d.DebtObligationId, d.PartnerBodyId, d.Amount)).ToList(),
        PartnerApprovalView.Of(s.PartnerApprovals), s.SharedTotal, PlanOutturnView.Of(s.Inputs.Plan));

    private static SettlementInputsView InputsOf(SettlementInputs i) => new(
        i.Items.Select(x => new SettlementItemView(x.Description, x.Variance, x.Category, x.BudgetLineId, x.Recurring,
            x.SocialCare)).ToList(),
        PartnerAmountView.Of(i.ActualContributions),
        i.OpeningDeficits.Select(d => new OpeningDeficitView(d.OwnerBodyId, d.Description, d.Amount, d.InVariance)).ToList());
}

/// <summary>A settlement with its arithmetic spelt out, one step a line; a preview is never stored.</summary>
public sealed record SettlementView(bool Preview, RiskShareSettlementView Settlement, IReadOnlyList<string> Arithmetic)
{
    public static SettlementView Of(RiskShareSettlement s) =>
        new(false, RiskShareSettlementView.Of(s), s.Arithmetic().ToList());
}
