using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Contributions;

public enum DebtKind
{
    /// <summary>A deficit a partner had before the pool started (P:L371, W:427).</summary>
    PriorYearDeficit,
    /// <summary>An allocation top-slice to repay earlier deficits, such as NHS England's £9.8m on Wirral CCG in 2018/19 (W:434).</summary>
    TopSlice,
    /// <summary>Contingency drawn in earlier years to fund a deficit and now repayable (W:434).</summary>
    ContingencyRepayment,
}

public enum RepaymentSource
{
    OwnFunds,
    SurplusShare,
}

public sealed record DebtRepayment(Guid Id, decimal Amount, RepaymentSource Source, DateOnly PaidOn, Guid? SettlementId);

/// <summary>
/// A prior-year deficit or debt obligation. It belongs to one partner, is held outside every pool
/// (it has no fund) and is repaid only by its owner (W:427-434); the owner's share of a pool surplus
/// goes to it first (W:434).
/// </summary>
public sealed class DebtObligation : AggregateRoot
{
    private readonly List<DebtRepayment> _repayments = [];

    private DebtObligation() { }

    public Guid AgreementId { get; private set; }
    public Guid OwnerBodyId { get; private set; }
    public DebtKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public FinancialYear IncurredIn { get; private set; }
    public decimal Amount { get; private set; }
    public IReadOnlyList<DebtRepayment> Repayments => _repayments;

    public decimal Outstanding => Amount - _repayments.Sum(r => r.Amount);
    public bool IsRepaid => Outstanding == 0;

    public static DebtObligation Register(Section75Agreement agreement, Guid ownerBodyId, DebtKind kind, string description,
        FinancialYear incurredIn, decimal amount)
    {
        agreement.RequirePartner(ownerBodyId, "ownerBodyId");
        return new DebtObligation
        {
            AgreementId = agreement.Id,
            OwnerBodyId = ownerBodyId,
            Kind = kind,
            Description = Amounts.Text(description, "description"),
            IncurredIn = incurredIn,
            Amount = Amounts.Positive(amount, "amount"),
        };
    }

    /// <summary>A repayment from the owner's own funds; nobody else may repay or change the debt (W:427 "solely by the original organisation").</summary>
    public DebtRepayment Repay(Guid payerBodyId, decimal amount, DateOnly paidOn)
    {
        if (payerBodyId != OwnerBodyId)
            throw DebtRules.RepaidByItsOwner.Broken("payerBodyId",
                "A deficit is repaid only by the body that owes it.");
        return Add(Amounts.Positive(amount, "amount"), RepaymentSource.OwnFunds, paidOn, null);
    }

    /// <summary>Applies the owner's surplus share from a settlement; returns what it took, the rest stays with the owner.</summary>
    public decimal ApplySurplus(Guid settlementId, decimal surplusShare, DateOnly appliedOn)
    {
        var applied = Math.Min(Amounts.NonNegative(surplusShare, "surplusShare"), Outstanding);
        if (applied > 0) Add(applied, RepaymentSource.SurplusShare, appliedOn, settlementId);
        return applied;
    }

    private DebtRepayment Add(decimal amount, RepaymentSource source, DateOnly on, Guid? settlementId)
    {
        if (amount > Outstanding)
            throw DebtRules.RepaymentWithinTheOutstanding.Broken("amount",
                $"{amount:N2} is more than the {Outstanding:N2} outstanding.");
        var repayment = new DebtRepayment(Guid.NewGuid(), amount, source, on, settlementId);
        _repayments.Add(repayment);
        return repayment;
    }
}
