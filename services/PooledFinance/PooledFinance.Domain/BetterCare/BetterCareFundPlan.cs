using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.BetterCare;

/// <summary>
/// A Better Care Fund plan for a year on a BCF fund (S:22-33): each partner's contribution, the local minimum DH
/// and DCLG set (BR-S02: £56m in Staffordshire), the CCG's 3% transfer (BR-S01: 3% of its budget from 2015/16)
/// and when it moves (BR-S03: who bears a deficit), the national conditions as a checklist, each partner's
/// sign-off, then submission. A plan below its minimum, short of the CCG transfer, with a condition unmet or a
/// partner's sign-off missing is not submitted.
/// </summary>
public sealed partial class BetterCareFundPlan : AggregateRoot
{
    private readonly List<BetterCareContribution> _contributions = [];
    private readonly List<NationalCondition> _conditions = [];
    private readonly List<PartnerSignOff> _signOffs = [];
    private readonly List<Guid> _partnerBodyIds = [];

    private BetterCareFundPlan() { }

    public Guid FundId { get; private set; }
    public FinancialYear Year { get; private set; }
    public decimal? LocalMinimum { get; private set; }
    public decimal? StatedTotal { get; private set; }
    public Guid CouncilBodyId { get; private set; }
    public Guid CcgBodyId { get; private set; }
    public decimal CcgBudget { get; private set; }
    public TransferTiming? Timing { get; private set; }
    public IReadOnlyList<BetterCareContribution> Contributions => _contributions;
    public IReadOnlyList<NationalCondition> Conditions => _conditions;
    public IReadOnlyList<PartnerSignOff> SignOffs => _signOffs;
    public DateOnly? SubmittedOn { get; private set; }

    public decimal PlanTotal => _contributions.Sum(c => c.Amount);

    public decimal CcgContribution => _contributions.Where(c => c.BodyId == CcgBodyId).Sum(c => c.Amount);

    /// <summary>BR-S01: 3% of the CCG's budget.</summary>
    public decimal CcgTransferRequired => BetterCareFundMinimum.CcgTransfer(CcgBudget);

    public decimal? MinimumShortfall => LocalMinimum is { } minimum
        ? BetterCareFundMinimum.Shortfall(PlanTotal, minimum) : null;

    /// <summary>
    /// BR-S03 (S:28): who carries the deficit if the savings behind the 3% fail; null while not stated.
    /// </summary>
    public Guid? DeficitBorneBy => Timing switch
    {
        TransferTiming.Upfront => CcgBodyId,
        TransferTiming.AsSavingsRealised => CouncilBodyId,
        _ => null,
    };

    public static BetterCareFundPlan Draft(Fund fund, Section75Agreement agreement, BetterCarePlanTerms terms)
    {
        BetterCarePlanRules.OnABetterCareFund.Require(fund.Kind == FundKind.BetterCareFund, "fundId",
            $"{fund.Name} is not a Better Care Fund.");
        FundRules.OfThisAgreement.Require(fund.AgreementId == agreement.Id, "agreementId",
            "The fund is under another agreement.");
        agreement.RequirePartner(terms.CouncilBodyId, "councilBodyId");
        agreement.RequirePartner(terms.CcgBodyId, "ccgBodyId");
        BetterCarePlanRules.Stated.Require(terms.CouncilBodyId != terms.CcgBodyId, "ccgBodyId",
            "The CCG is not the council.");
        BetterCarePlanRules.Stated.Require(terms.Contributions is { Count: > 0 }, "contributions",
            "A plan states its contributions.");
        var plan = new BetterCareFundPlan
        {
            FundId = fund.Id, Year = terms.Year, CouncilBodyId = terms.CouncilBodyId, CcgBodyId = terms.CcgBodyId,
            CcgBudget = Amounts.Positive(terms.CcgBudget, "ccgBudget"), Timing = terms.Timing,
            LocalMinimum = terms.LocalMinimum is { } m ? Amounts.Positive(m, "localMinimum") : null,
            StatedTotal = terms.StatedTotal is { } t ? Amounts.Positive(t, "statedTotal") : null,
        };
        foreach (var c in terms.Contributions)
        {
            agreement.RequirePartner(c.BodyId, "bodyId");
            plan._contributions.Add(c with
            {
                Source = Amounts.Text(c.Source, "source"), Amount = Amounts.Positive(c.Amount, "amount"),
            });
        }
        plan._conditions.AddRange((terms.Conditions ?? []).Select(c => c with { Name = Amounts.Text(c.Name, "name") }));
        plan._partnerBodyIds.AddRange(agreement.PartnerBodyIds);
        return plan;
    }
}

/// <summary>What a BCF plan states when it is drafted.</summary>
public sealed record BetterCarePlanTerms(FinancialYear Year, Guid CouncilBodyId, Guid CcgBodyId, decimal CcgBudget,
    TransferTiming? Timing, decimal? LocalMinimum, decimal? StatedTotal,
    IReadOnlyList<BetterCareContribution> Contributions, IReadOnlyList<NationalCondition>? Conditions);
