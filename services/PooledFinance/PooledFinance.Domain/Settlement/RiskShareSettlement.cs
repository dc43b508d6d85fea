using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Contributions;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Planning;
using PooledFinance.Domain.SeedWork;

namespace PooledFinance.Domain.Settlement;

public enum SettlementStatus
{
    Calculated,
    Approved,
}

/// <summary>
/// A fund's year-end risk and gain share under the agreement's chosen terms. It keeps its inputs,
/// its rule and every step of its arithmetic (P:L377: "transparent and as simple as possible");
/// the partners' shares add up exactly to the year's variance; opening deficits are never shared
/// (P:L371): listed when the variance excludes them, subtracted from it and charged wholly to their
/// owner when it includes them; a partner's surplus share goes first to its own debts (W:434). Where the
/// partners stated a pool plan for the year, the outturn is set beside it and any shortfall against it is
/// announced (P:L318-321); the shortfall is measured, not shared differently.
/// </summary>
public sealed class RiskShareSettlement : AggregateRoot
{
    private readonly List<SettlementLine> _lines = [];
    private readonly List<PartnerAmount> _partnerShares = [];
    private readonly List<DebtApplication> _debtApplications = [];
    private readonly List<PartnerApproval> _partnerApprovals = [];

    private RiskShareSettlement() { }

    public Guid AgreementId { get; private set; }
    public Guid FundId { get; private set; }
    public FinancialYear Year { get; private set; }
    public string Rule { get; private set; } = "";
    public SettlementInputs Inputs { get; private set; } = new([], [], []);
    public SettlementStatus Status { get; private set; }
    public DateOnly CalculatedOn { get; private set; }
    public JointDecision? Approval { get; private set; }
    public IReadOnlyList<SettlementLine> Lines => _lines;
    /// <summary>Each partner's share: positive it bears an overspend, negative it receives a surplus.</summary>
    public IReadOnlyList<PartnerAmount> PartnerShares => _partnerShares;
    public IReadOnlyList<DebtApplication> DebtApplications => _debtApplications;
    /// <summary>Each partner body's own approval so far; the settlement is approved when every partner has given one.</summary>
    public IReadOnlyList<PartnerApproval> PartnerApprovals => _partnerApprovals;

    public decimal SharedTotal => _lines.Sum(l => l.Amount);

    public static RiskShareSettlement Calculate(Section75Agreement agreement, Fund fund, FinancialYear year,
        SettlementInputs inputs, IEnumerable<DebtObligation> debts, DateOnly calculatedOn)
    {
        fund.RequireOwnAgreement(agreement);
        var terms = agreement.SettlementTerms
            ?? throw SettlementRules.TermsChosen.Broken("settlementTerms",
                "The agreement has no settlement terms chosen yet.");
        RequireValid(agreement, inputs);
        PoolPlanRules.PlanOfTheSettlement.Require(inputs.Plan is null || inputs.Plan.Planned.Year == year,
            "poolPlanId", $"The settlement of {year} is measured against the plan's {year}, not another year.");

        var settlement = new RiskShareSettlement
        {
            AgreementId = agreement.Id,
            FundId = fund.Id,
            Year = year,
            Rule = terms.Pool.Name,
            Inputs = inputs,
            Status = SettlementStatus.Calculated,
            CalculatedOn = calculatedOn,
        };
        var items = inputs.Items.Concat(NetOfOpeningDeficits(inputs));
        foreach (var group in items.GroupBy(i => i.Category).OrderBy(g => g.Key))
            settlement._lines.AddRange(terms.RuleFor(group.Key).Apportion(group.ToList(), inputs)
                .Select(l => l with { Description = $"{group.Key}: {l.Description}" }));
        settlement._lines.AddRange(inputs.OpeningDeficits.Where(d => d.InVariance).Select(d => new SettlementLine(
            $"Opening deficit charged wholly to its owner: {d.Description}", d.Amount, "its owner (P:L371)",
            [new PartnerAmount(d.OwnerBodyId, d.Amount)])));
        settlement._partnerShares.AddRange(settlement._lines.SelectMany(l => l.Shares)
            .GroupBy(s => s.PartnerBodyId).Select(g => new PartnerAmount(g.Key, g.Sum(s => s.Amount))));
        settlement.PlanDebtApplications(debts.Where(d => d.AgreementId == agreement.Id));
        settlement.Raise(new SettlementCalculated(settlement.Id, agreement.Id, fund.Id, year, settlement.SharedTotal,
            settlement._partnerShares.ToList()));
        if (inputs.Plan is { Shortfall: > 0 } plan)
            settlement.Raise(new PoolPlanShortfallDetected(settlement.Id, agreement.Id, fund.Id,
                plan.Planned.PoolPlanId, year, plan.Planned.ResourceLimit, plan.Planned.PlannedDeficit,
                plan.Planned.Benefits, plan.Outturn, plan.Shortfall));
        return settlement;
    }

    /// <summary>Approved by a joint decision with every partner's delegation; the surplus is then applied to the debts as planned.</summary>
    public void Approve(Section75Agreement agreement, JointDecision decision, IReadOnlyCollection<DebtObligation> debts)
    {
        RequireUndecided(agreement);
        decision.RequireDelegationFromEvery(agreement.PartnerBodyIds);
        var byId = debts.ToDictionary(d => d.Id);
        foreach (var application in _debtApplications)
            if (!byId.ContainsKey(application.DebtObligationId))
                throw RuleViolation.NotFound("debts", $"Debt {application.DebtObligationId} is needed to apply the surplus.");
        foreach (var application in _debtApplications)
            byId[application.DebtObligationId].ApplySurplus(Id, application.Amount, decision.DecidedOn);
        Approval = decision;
        Status = SettlementStatus.Approved;
        Raise(new SettlementApproved(Id, AgreementId, FundId, Year, decision.DecidedOn));
    }

    /// <summary>
    /// Records one partner body's approval under its own delegation (S:104: each partner's own
    /// governance). The last one makes the approvals a joint decision with a delegation from every
    /// partner, which approves the settlement and applies the surplus to the debts as planned. A recorded
    /// <paramref name="decision"/>, when given, must be that body's decision approving a settlement of this agreement.
    /// </summary>
    public void RecordApproval(Section75Agreement agreement, PartnerApproval approval,
        IReadOnlyCollection<DebtObligation> debts, GovernanceDecision? decision = null)
    {
        if (decision is not null)
        {
            decision.RequireAuthorises(AgreementId, GovernanceStage.Settlement);
            GovernanceRules.DecisionApprovesThis.Require(decision.PartnerBodyId == approval.PartnerBodyId, "decisionId",
                $"Decision {decision.Id} is not {approval.PartnerBodyId}'s own.");
            approval = approval with { DecisionId = decision.Id };
        }
        RequireUndecided(agreement);
        agreement.RequirePartner(approval.PartnerBodyId);
        var body = Amounts.Text(approval.ApprovingBody, "approvingBody");
        var reference = Amounts.Text(approval.DelegationReference, "delegationReference");
        SettlementRules.ApprovedAfterCalculated.Require(approval.ApprovedOn >= CalculatedOn, "approvedOn",
            "A settlement is approved after it is calculated.");
        if (_partnerApprovals.Any(a => a.PartnerBodyId == approval.PartnerBodyId))
            throw SettlementRules.EachPartnerApprovesOnce.Broken("partnerBodyId",
                "This partner has already approved the settlement.");
        var approvals = _partnerApprovals.Append(approval with { ApprovingBody = body, DelegationReference = reference }).ToList();
        if (agreement.PartnerBodyIds.All(p => approvals.Any(a => a.PartnerBodyId == p)))
            Approve(agreement, new JointDecision(string.Join(" and ", approvals.Select(a => a.ApprovingBody).Distinct()),
                $"Year-end settlement {Year}", approvals.Max(a => a.ApprovedOn),
                approvals.Select(a => new Delegation(a.PartnerBodyId, a.DelegationReference)).ToList()), debts);
        _partnerApprovals.Clear();
        _partnerApprovals.AddRange(approvals);
    }

    /// <summary>The partner's surplus left after its debts, or its overspend share (positive).</summary>
    public decimal NetToPartner(Guid partnerBodyId) =>
        _partnerShares.Where(s => s.PartnerBodyId == partnerBodyId).Sum(s => s.Amount)
        + _debtApplications.Where(a => a.PartnerBodyId == partnerBodyId).Sum(a => a.Amount);

    /// <summary>The arithmetic as a finance officer reads it, one line per step.</summary>
    public IEnumerable<string> Arithmetic() =>
        PlanSteps().Concat(NetVarianceStep())
            .Concat(_lines.Select(l => $"{l.Description}: {l.Amount:N2} shared on {l.Basis} = "
                + string.Join(" + ", l.Shares.Select(s => s.Amount.ToString("N2"))))
            .Concat(Inputs.OpeningDeficits.Where(d => !d.InVariance)
                .Select(d => $"Opening deficit not shared, stays with its owner: {d.Description} {d.Amount:N2}"))
            .Concat(_debtApplications.Select(a => $"Surplus applied to own debt first: {a.Amount:N2}")));

    /// <summary>
    /// The planned position beside the outturn and the shortfall (P:L318-321). The plan names no owner of its
    /// planned deficit (C §8 point 3), so the step says when no partner's deficit is taken out of the share.
    /// </summary>
    private IEnumerable<string> PlanSteps()
    {
        if (Inputs.Plan is not { } plan) return [];
        var steps = plan.Arithmetic();
        return plan.Planned.PlannedDeficit > 0 && !Inputs.OpeningDeficits.Any(d => d.InVariance)
            ? steps.Append($"Planned deficit {plan.Planned.PlannedDeficit:N2} charged to no owner: no prior-year "
                + "deficit is named as in the variance, so whatever of it the variance holds is shared (P:L371)")
            : steps;
    }

    private IEnumerable<string> NetVarianceStep()
    {
        var deficits = Inputs.OpeningDeficits.Where(d => d.InVariance).Sum(d => d.Amount);
        if (deficits == 0) yield break;
        var variance = Inputs.Items.Where(i => i.Category == VarianceCategory.Pool).Sum(i => i.Variance);
        yield return $"Pool variance {variance:N2} less opening deficits {deficits:N2} = "
            + $"{variance - deficits:N2} to share";
    }

    /// <summary>
    /// RS-02 with RS-15: a deficit the year's variance includes is taken out of the pool's variance before
    /// it is shared, so no partner bears a part of another's legacy (P:L371, P:L386).
    /// </summary>
    private static IEnumerable<SettlementItem> NetOfOpeningDeficits(SettlementInputs inputs) =>
        inputs.OpeningDeficits.Where(d => d.InVariance)
            .Select(d => new SettlementItem($"less opening deficit of its owner: {d.Description}", -d.Amount));

    private void PlanDebtApplications(IEnumerable<DebtObligation> debts)
    {
        var outstanding = debts.Where(d => d.Outstanding > 0).OrderBy(d => d.IncurredIn.StartYear).ToList();
        foreach (var share in _partnerShares.Where(s => s.Amount < 0))
        {
            var surplus = -share.Amount;
            foreach (var debt in outstanding.Where(d => d.OwnerBodyId == share.PartnerBodyId))
            {
                var applied = Math.Min(surplus, debt.Outstanding);
                if (applied == 0) break;
                _debtApplications.Add(new DebtApplication(debt.Id, share.PartnerBodyId, applied));
                surplus -= applied;
            }
        }
    }

    /// <summary>An approval is of a settlement still undecided, under the agreement it was calculated for.</summary>
    private void RequireUndecided(Section75Agreement agreement)
    {
        SettlementRules.Undecided.Require(Status == SettlementStatus.Calculated, "status",
            "The settlement is already approved.");
        SettlementRules.OfItsAgreement.Require(agreement.Id == AgreementId, "agreementId",
            "The settlement belongs to another agreement.");
    }

    private static void RequireValid(Section75Agreement agreement, SettlementInputs inputs)
    {
        SettlementRules.HasVarianceLines.Require(inputs.Items.Count > 0, "items",
            "A settlement needs the year's variance lines.");
        foreach (var item in inputs.Items)
        {
            Amounts.Text(item.Description, "items");
            Amounts.WholePence(item.Variance, "items");
        }
        foreach (var contribution in inputs.ActualContributions)
        {
            agreement.RequirePartner(contribution.PartnerBodyId, "actualContributions");
            Amounts.NonNegative(contribution.Amount, "actualContributions");
        }
        foreach (var deficit in inputs.OpeningDeficits)
        {
            agreement.RequirePartner(deficit.OwnerBodyId, "openingDeficits");
            Amounts.Positive(deficit.Amount, "openingDeficits");
        }
    }
}
