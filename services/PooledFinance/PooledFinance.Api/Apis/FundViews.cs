using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Position;

namespace PooledFinance.Api.Apis;

public sealed record NewFund(string Name, FundKind Kind, Guid HostBodyId, string PoolManager, VatModel VatModel);
public sealed record NewBudgetLine(Guid OwnerBodyId, string FinancialYear, string Code, string Name, Pot Pot,
    decimal Amount, RiskAssessmentView? RiskAssessment, bool IsIncome = false);

/// <summary>A grant rolled into the fund for one recipient body and year.</summary>
public sealed record FundGrantView(Guid Id, GrantKind Kind, Guid RecipientBodyId, FinancialYearView Year,
    decimal Amount);

/// <summary>The contingency set aside in a year.</summary>
public sealed record ContingencyAllocationView(FinancialYearView Year, decimal Amount);

/// <summary>A draw on the year's contingency, with its purpose and reason.</summary>
public sealed record ContingencyDrawdownView(Guid Id, FinancialYearView Year, ContingencyPurpose Purpose,
    string Reason, decimal Amount, DateOnly DrawnOn);

/// <summary>A fund under an agreement: pooled or aligned, its host, pool manager and VAT model (W:682-683).</summary>
public sealed record FundView(Guid Id, Guid AgreementId, string Name, FundKind Kind, Guid HostBodyId,
    string PoolManager, VatModel VatModel, IReadOnlyList<FundGrantView> Grants,
    IReadOnlyList<ContingencyAllocationView> Contingencies, IReadOnlyList<ContingencyDrawdownView> Drawdowns,
    bool ManagementChargeBearsVat)
{
    public static FundView Of(Fund f) => new(f.Id, f.AgreementId, f.Name, f.Kind, f.HostBodyId, f.PoolManager,
        f.VatModel,
        f.Grants.Select(g => new FundGrantView(g.Id, g.Kind, g.RecipientBodyId, FinancialYearView.Of(g.Year), g.Amount))
            .ToList(),
        f.Contingencies.Select(c => new ContingencyAllocationView(FinancialYearView.Of(c.Year), c.Amount)).ToList(),
        f.Drawdowns.Select(d => new ContingencyDrawdownView(d.Id, FinancialYearView.Of(d.Year), d.Purpose, d.Reason,
            d.Amount, d.DrawnOn)).ToList(),
        f.ManagementChargeBearsVat);
}

/// <summary>The risk assessment recorded before a line moves into a pool (W:620).</summary>
public sealed record RiskAssessmentView(string Reference, string AssessedBy, DateOnly AssessedOn)
{
    public RiskAssessment ToAssessment() => new(Reference, AssessedBy, AssessedOn);
}

/// <summary>The legislation change that let a line into a pool.</summary>
public sealed record LegislationChangeView(string Reference, DateOnly CommencedOn)
{
    public LegislationChange ToChange() => new(Reference, CommencedOn);
}

/// <summary>A partner's budget line for a year, in the pool or aligned; income lines count negative.</summary>
public sealed record BudgetLineView(Guid Id, Guid OwnerBodyId, FinancialYearView Year, string Code, string Name,
    Pot Pot, decimal Amount, bool IsIncome, Guid? FundId, RiskAssessmentView? RiskAssessment,
    LegislationChangeView? LegislationChange, decimal SignedAmount)
{
    public static BudgetLineView Of(BudgetLine l) => new(l.Id, l.OwnerBodyId, FinancialYearView.Of(l.Year), l.Code,
        l.Name, l.Pot, l.Amount, l.IsIncome, l.FundId,
        l.RiskAssessment is { } r ? new RiskAssessmentView(r.Reference, r.AssessedBy, r.AssessedOn) : null,
        l.LegislationChange is { } c ? new LegislationChangeView(c.Reference, c.CommencedOn) : null, l.SignedAmount);
}

/// <summary>Budget, committed, actual and forecast; the variance is forecast less budget.</summary>
public sealed record PositionFiguresView(decimal Budget, decimal Committed, decimal Actual, decimal Forecast,
    decimal Variance)
{
    public static PositionFiguresView Of(PositionFigures f) => new(f.Budget, f.Committed, f.Actual, f.Forecast,
        f.Variance);
}

/// <summary>One budget line's figures in the position.</summary>
public sealed record LinePositionView(Guid BudgetLineId, string Code, string Name, Guid OwnerBodyId,
    PositionFiguresView Figures);

/// <summary>One partner's figures in the position.</summary>
public sealed record PartnerPositionView(Guid PartnerBodyId, PositionFiguresView Figures);

/// <summary>A fund's position at the end of a month of the year, per line, per partner and in total.</summary>
public sealed record FundPositionView(Guid FundId, FinancialYearView Year, int Month,
    IReadOnlyList<LinePositionView> Lines, IReadOnlyList<PartnerPositionView> Partners, PositionFiguresView Total)
{
    public static FundPositionView Of(FundPosition p) => new(p.FundId, FinancialYearView.Of(p.Year), p.Month,
        p.Lines.Select(l => new LinePositionView(l.BudgetLineId, l.Code, l.Name, l.OwnerBodyId,
            PositionFiguresView.Of(l.Figures))).ToList(),
        p.Partners.Select(x => new PartnerPositionView(x.PartnerBodyId, PositionFiguresView.Of(x.Figures))).ToList(),
        PositionFiguresView.Of(p.Total));
}
