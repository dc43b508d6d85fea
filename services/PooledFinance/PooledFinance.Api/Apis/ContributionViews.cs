using PooledFinance.Domain.Contributions;

namespace PooledFinance.Api.Apis;

public sealed record AdjustmentLine(string Description, decimal Amount, DateOnly RecordedOn);
public sealed record NewContribution(Guid PartnerBodyId, string FinancialYear, string Basis, decimal BasisAmount,
    ContributionSource Source, IReadOnlyList<AdjustmentLine>? Adjustments = null);
public sealed record NewVariation(string Description, decimal Amount, DateOnly VariedOn);
public sealed record AgreeContribution(DateOnly AgreedOn, InstalmentFrequency Frequency);
public sealed record NewReceipt(string Reference, decimal Amount, DateOnly ReceivedOn);
public sealed record NewDebt(Guid OwnerBodyId, DebtKind Kind, string Description, string IncurredIn, decimal Amount);
public sealed record NewRepayment(decimal Amount, DateOnly PaidOn);

/// <summary>An explicit adjustment to the basis, or a variation made after agreement.</summary>
public sealed record ContributionAdjustmentView(Guid Id, string Description, decimal Amount, DateOnly RecordedOn,
    bool IsVariation);

/// <summary>One instalment of the agreed schedule.</summary>
public sealed record InstalmentView(int Number, DateOnly DueOn, decimal Amount);

/// <summary>A receipt against the contribution.</summary>
public sealed record ReceiptView(Guid Id, string Reference, decimal Amount, DateOnly ReceivedOn);

/// <summary>
/// A partner's contribution to a fund for a year (P:L372): the basis, its adjustments, the instalments
/// once agreed and the receipts; <c>total</c> is the basis plus adjustments.
/// </summary>
public sealed record ContributionView(Guid Id, Guid FundId, Guid PartnerBodyId, FinancialYearView Year, string Basis,
    decimal BasisAmount, ContributionSource Source, ContributionStatus Status,
    IReadOnlyList<ContributionAdjustmentView> Adjustments, IReadOnlyList<InstalmentView> Instalments,
    IReadOnlyList<ReceiptView> Receipts, decimal Total, decimal Received, decimal Outstanding)
{
    public static ContributionView Of(Contribution c) => new(c.Id, c.FundId, c.PartnerBodyId,
        FinancialYearView.Of(c.Year), c.Basis, c.BasisAmount, c.Source, c.Status,
        c.Adjustments.Select(a => new ContributionAdjustmentView(a.Id, a.Description, a.Amount, a.RecordedOn,
            a.IsVariation)).ToList(),
        c.Instalments.Select(i => new InstalmentView(i.Number, i.DueOn, i.Amount)).ToList(),
        c.Receipts.Select(r => new ReceiptView(r.Id, r.Reference, r.Amount, r.ReceivedOn)).ToList(),
        c.Total, c.Received, c.Outstanding);
}

/// <summary>A repayment of a debt, from the owner's own funds or its surplus share of a settlement.</summary>
public sealed record DebtRepaymentView(Guid Id, decimal Amount, RepaymentSource Source, DateOnly PaidOn,
    Guid? SettlementId);

/// <summary>A debt one partner holds outside every pool (W:427-434) and what is still outstanding.</summary>
public sealed record DebtView(Guid Id, Guid AgreementId, Guid OwnerBodyId, DebtKind Kind, string Description,
    FinancialYearView IncurredIn, decimal Amount, IReadOnlyList<DebtRepaymentView> Repayments, decimal Outstanding,
    bool IsRepaid)
{
    public static DebtView Of(DebtObligation d) => new(d.Id, d.AgreementId, d.OwnerBodyId, d.Kind, d.Description,
        FinancialYearView.Of(d.IncurredIn), d.Amount,
        d.Repayments.Select(r => new DebtRepaymentView(r.Id, r.Amount, r.Source, r.PaidOn, r.SettlementId)).ToList(),
        d.Outstanding, d.IsRepaid);
}
