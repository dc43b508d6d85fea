using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Funds;

/// <summary>What the owner's finance officer proposes for a pool: a service outside it, risk assessed.</summary>
public sealed record ScopeProposal(Guid OwnerBodyId, FinancialYear Year, string Code, string Name, Pot Pot,
    decimal Amount, RiskAssessment? RiskAssessment, LegislationChange? LegislationChange, DateOnly ProposedOn);

/// <summary>One partner body's decision on a scope change, under its delegation.</summary>
public sealed record ScopeDecision(Guid PartnerBodyId, bool Approved, string DecidedBy, string DelegationReference,
    DateOnly DecidedOn);

/// <summary>W's WF-9 states: awaiting the partners' approval, pooled, or rejected (back out of scope).</summary>
public enum ScopeChangeStatus { AwaitingApproval, Pooled, Rejected }

/// <summary>
/// A scope change (W WF-9): a service outside the pool, in Pot B ("not anticipated to be pooled", which "may change
/// later", W:616, BR-07) or Pot C ("cannot legally be pooled ... without a change in existing legislation", W:617,
/// BR-08), proposed for the pool with its risk assessment (mandatory, W:620, BR-18), approved or rejected by every
/// partner. Approved by all, it becomes a line reclassified to Pot A (a Pot B service) or kept in Pot C with the change
/// in legislation it relies on, and moves into the pool; rejected, it stays out of scope and no line exists.
/// </summary>
/// <remarks>
/// Decisions: the partners are the agreement's partner bodies (W's "ApprovedByBothPartners"), each deciding once; one
/// rejection closes the change, as the pool needs every partner's consent. A Pot D service never enters a pool (W:618)
/// and a Pot A one needs no scope change (it is added as a line), so neither can be proposed.
/// </remarks>
public sealed class ScopeChange : AggregateRoot
{
    private readonly List<ScopeDecision> _decisions = [];

    private ScopeChange() { }

    public Guid FundId { get; private set; }
    public Guid OwnerBodyId { get; private set; }
    public FinancialYear Year { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Pot Pot { get; private set; }
    public decimal Amount { get; private set; }
    public RiskAssessment RiskAssessment { get; private set; } = null!;
    public LegislationChange? LegislationChange { get; private set; }
    public DateOnly ProposedOn { get; private set; }
    public ScopeChangeStatus Status { get; private set; }
    public IReadOnlyList<ScopeDecision> Decisions => _decisions;
    public Guid? BudgetLineId { get; private set; }

    /// <summary>InclusionProposed, RiskAssessed (WF-9): refused without the risk assessment W:620 requires.</summary>
    public static ScopeChange Propose(Section75Agreement agreement, Fund fund, ScopeProposal p)
    {
        FundRules.OfThisAgreement.Require(fund.AgreementId == agreement.Id, "fundId",
            "The fund belongs to another agreement.");
        if (!fund.Kind.HoldsMonies())
            throw FundRules.AlignedFundHoldsNoMonies.Broken("fundId",
                "An aligned fund holds no monies: nothing is moved into it.");
        agreement.RequirePartner(p.OwnerBodyId, "ownerBodyId");
        switch (p.Pot)
        {
            case Pot.A:
                throw ScopeChangeRules.FromPotBOrC.Broken("pot",
                    "A Pot A service is anticipated to be pooled (W:615): add it as a line.");
            case Pot.D:
                throw ScopeChangeRules.PotDNeverProposed.Broken("pot",
                    "A Pot D service stays entirely with its parent body and is never pooled (W:618).");
            case Pot.C when p.LegislationChange is null:
                throw ScopeChangeRules.PotCNamesItsLegislation.Broken("legislationChange",
                    "A Pot C service cannot be pooled without a change in existing legislation (W:617): name it.");
            case Pot.B when p.LegislationChange is not null:
                throw ScopeChangeRules.LegislationForPotCOnly.Broken("legislationChange",
                    "Only a Pot C service waits on legislation (W:617).");
        }
        var assessment = p.RiskAssessment ?? throw ScopeChangeRules.RiskAssessedFirst.Broken("riskAssessment",
            "The risks of moving a service into the pool are assessed first (W:620).");
        Amounts.Text(assessment.Reference, "riskAssessment");
        Amounts.Text(assessment.AssessedBy, "riskAssessment");
        ScopeChangeRules.RiskAssessedFirst.Require(assessment.AssessedOn <= p.ProposedOn, "riskAssessment",
            "The risk assessment comes before the proposal.");
        if (p.LegislationChange is { } law) Amounts.Text(law.Reference, "legislationChange");
        return new ScopeChange
        {
            FundId = fund.Id, OwnerBodyId = p.OwnerBodyId, Year = p.Year, Code = Amounts.Text(p.Code, "code"),
            Name = Amounts.Text(p.Name, "name"), Pot = p.Pot, Amount = Amounts.NonNegative(p.Amount, "amount"),
            RiskAssessment = assessment, LegislationChange = p.LegislationChange, ProposedOn = p.ProposedOn,
            Status = ScopeChangeStatus.AwaitingApproval,
        };
    }

    /// <summary>
    /// Records a partner's decision. The last approval (ApprovedByBothPartners, WF-9) answers the line it creates:
    /// reclassified to Pot A from Pot B, or Pot C with its change in legislation, and moved into the pool, which
    /// raises <see cref="BudgetLinePooled"/>; the caller stores it. A rejection closes the change, out of scope.
    /// </summary>
    public BudgetLine? Decide(Section75Agreement agreement, Fund fund, ScopeDecision decision)
    {
        if (Status != ScopeChangeStatus.AwaitingApproval)
            throw ScopeChangeRules.Open.Broken("status", $"The scope change of {Code} is closed ({Status}).");
        ScopeChangeRules.OfItsFund.Require(fund.Id == FundId, "fundId", "The scope change is for another fund.");
        agreement.RequirePartner(decision.PartnerBodyId);
        if (_decisions.Any(d => d.PartnerBodyId == decision.PartnerBodyId))
            throw ScopeChangeRules.DecidedOncePerPartner.Broken("partnerBodyId",
                "This partner has already decided on the scope change.");
        ScopeChangeRules.DecidedAfterTheProposal.Require(decision.DecidedOn >= ProposedOn, "decidedOn",
            "A decision follows the proposal.");
        _decisions.Add(decision with
        {
            DecidedBy = Amounts.Text(decision.DecidedBy, "decidedBy"),
            DelegationReference = Amounts.Text(decision.DelegationReference, "delegationReference"),
        });
        if (!decision.Approved)
        {
            Status = ScopeChangeStatus.Rejected;
            return null;
        }
        if (!agreement.PartnerBodyIds.All(p => _decisions.Any(d => d.PartnerBodyId == p))) return null;
        var line = BudgetLine.Create(OwnerBodyId, Year, Code, Name, Pot, Amount);
        if (Pot == Pot.B) line.Reclassify(Pot.A);
        else line.RecordLegislationChange(LegislationChange!);
        line.MoveIntoPool(fund, RiskAssessment);
        BudgetLineId = line.Id;
        Status = ScopeChangeStatus.Pooled;
        return line;
    }
}
