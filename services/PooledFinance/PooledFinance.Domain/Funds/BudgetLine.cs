using Commissioning.Domain;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Funds;

/// <summary>
/// One partner's budget line for a year, classed in Pot A-D (W:606-618). A line starts with its
/// owner; it enters a pool only when its pot allows and a risk assessment is recorded (W:620).
/// Income lines (P:L315 "Income") hold a positive amount and count negatively in totals.
/// </summary>
public sealed class BudgetLine : AggregateRoot
{
    private BudgetLine() { }

    public Guid OwnerBodyId { get; private set; }
    public FinancialYear Year { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Pot Pot { get; private set; }
    public decimal Amount { get; private set; }
    public bool IsIncome { get; private set; }
    public Guid? FundId { get; private set; }
    public RiskAssessment? RiskAssessment { get; private set; }
    public LegislationChange? LegislationChange { get; private set; }

    public decimal SignedAmount => IsIncome ? -Amount : Amount;

    public static BudgetLine Create(Guid ownerBodyId, FinancialYear year, string code, string name, Pot pot,
        decimal amount, bool isIncome = false) => new()
    {
        OwnerBodyId = ownerBodyId,
        Year = year,
        Code = Amounts.Text(code, "code"),
        Name = Amounts.Text(name, "name"),
        Pot = pot,
        Amount = Amounts.NonNegative(amount, "amount"),
        IsIncome = isIncome,
    };

    /// <summary>Records the change in legislation that allows a Pot C line to be pooled (W:617).</summary>
    public void RecordLegislationChange(LegislationChange change)
    {
        if (Pot != Pot.C)
            throw BudgetLineRules.LegislationChangeOnPotC.Broken("pot",
                "Only a Pot C line waits on a change in legislation.");
        Amounts.Text(change.Reference, "reference");
        LegislationChange = change;
    }

    /// <summary>A scope change (W:616, WF-9) moves a line between pots; a pooled line must leave the pool first.</summary>
    public void Reclassify(Pot pot)
    {
        if (FundId is not null)
            throw BudgetLineRules.PooledLineKeepsItsPot.Broken("pot", "A pooled line cannot change pot.");
        Pot = pot;
    }

    /// <summary>
    /// Moves the line into a pooled fund: Pot A only; Pot C only once legislation has changed;
    /// Pot B must first be reclassified; Pot D never (W:615-618); always with a risk assessment (W:620).
    /// </summary>
    public void MoveIntoPool(Fund fund, RiskAssessment assessment)
    {
        if (!fund.Kind.HoldsMonies())
            throw FundRules.AlignedFundHoldsNoMonies.Broken("fundId",
                "An aligned fund holds no monies; its lines stay with their owners.");
        if (FundId is not null) throw BudgetLineRules.InOneFund.Broken("fundId", $"{Code} is already in a pool.");
        RequirePoolablePot();
        Amounts.Text(assessment.Reference, "riskAssessment");
        Amounts.Text(assessment.AssessedBy, "riskAssessment");
        RiskAssessment = assessment;
        FundId = fund.Id;
        Raise(new BudgetLinePooled(Id, fund.Id, OwnerBodyId, Amount));
    }

    /// <summary>Joins the line to an aligned fund for joint planning; the owner keeps the money, and Pot D stays with its owner.</summary>
    public void AlignWith(Fund fund)
    {
        if (fund.Kind != FundKind.Aligned)
            throw BudgetLineRules.AlignedOnlyWithAnAlignedFund.Broken("fundId", "Use MoveIntoPool for a pooled fund.");
        if (Pot == Pot.D)
            throw BudgetLineRules.PotDStaysWithItsBody.Broken("pot",
                "A Pot D line stays entirely with its parent body.");
        if (FundId is not null) throw BudgetLineRules.InOneFund.Broken("fundId", $"{Code} is already in a fund.");
        FundId = fund.Id;
    }

    private void RequirePoolablePot()
    {
        switch (Pot)
        {
            case Pot.B:
                throw BudgetLineRules.PotBReclassifiedFirst.Broken("pot",
                    $"{Code} is in Pot B (not to be pooled); reclassify it to Pot A first.");
            case Pot.C when LegislationChange is null:
                throw BudgetLineRules.PotCAfterLegislation.Broken("pot",
                    $"{Code} is in Pot C: it cannot legally be pooled without a recorded change in legislation.");
            case Pot.D:
                throw BudgetLineRules.PotDStaysWithItsBody.Broken("pot",
                    $"{Code} is in Pot D: it stays entirely with its parent body.");
        }
    }
}
