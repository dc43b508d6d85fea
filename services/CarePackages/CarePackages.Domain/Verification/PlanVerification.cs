using CarePackages.Domain.Planning;
using CarePackages.Domain.SeedWork;
using Commissioning.Domain;

namespace CarePackages.Domain.Verification;

/// <summary>
/// The council's verification of a submitted support plan (P CPV-04): statutory needs addressed,
/// each cost checked, funding split agreed, within the verifier's delegated authority. The outcome
/// is agreed, returned with reasons, or declined. Budget headroom is an input only to the
/// forecast-overspend signal raised on agreement; no outcome or reason here depends on it, and
/// <see cref="DeclineReason"/> deliberately has no budget member (A risk 9, §1.24 L531).
/// </summary>
public sealed class PlanVerification : AggregateRoot
{
    private readonly List<CostCheck> _checks = [];
    private readonly List<LineJustification> _justifications = [];
    private readonly List<ReturnReason> _returnReasons = [];

    private PlanVerification() { }

    public Guid SupportPlanId { get; private set; }
    public string PersonReference { get; private set; } = "";
    public DateOnly OpenedOn { get; private set; }
    public VerificationStatus Status { get; private set; }
    public IReadOnlyList<CostCheck> CostChecks => _checks;
    public IReadOnlyList<LineJustification> Justifications => _justifications;
    public FundingSplit? Funding { get; private set; }
    public decimal WeeklyCost { get; private set; }
    public decimal OneOffCost { get; private set; }
    public Guid? DecidedByUserId { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public IReadOnlyList<ReturnReason> ReturnReasons => _returnReasons;
    public DeclineReason? DeclineReason { get; private set; }
    public string? DecisionNote { get; private set; }

    public static PlanVerification Open(SupportPlan plan, Actor verifier, DateOnly on)
    {
        DelegatedAuthority.EnsureVerifier(verifier);
        plan.EnsureSubmitted();
        return new PlanVerification
        {
            SupportPlanId = plan.Id,
            PersonReference = plan.PersonReference,
            OpenedOn = on,
            Status = VerificationStatus.Open,
            WeeklyCost = plan.CostLines.Sum(l => l.Cost.WeeklyCost),
            OneOffCost = plan.CostLines.Where(l => l.Cost.IsOneOff).Sum(l => l.Cost.UnitCost),
        };
    }

    /// <summary>Checks one line against its contracted unit rate (null for a spot purchase) and benchmark band.</summary>
    public CostCheck CheckCost(SupportPlan plan, Guid lineId, decimal? contractedUnitRate, BenchmarkBand band)
    {
        EnsureOpen(plan);
        var line = plan.CostLines.SingleOrDefault(l => l.Id == lineId)
            ?? throw RuleViolation.NotFound("lineId", "No such cost line on this plan.");
        var check = CostCheck.Compare(line, contractedUnitRate, band);
        _checks.RemoveAll(c => c.LineId == lineId);
        _checks.Add(check);
        return check;
    }

    /// <summary>Records why a price above the contracted rate or the benchmark is still right for this person.</summary>
    public void Justify(Guid lineId, string reason)
    {
        EnsureUndecided();
        VerificationRules.JustifiedLineChecked.Require(_checks.Any(c => c.LineId == lineId), "lineId",
            "Check the line's cost before justifying it.");
        VerificationRules.DecisionExplained.Require(!string.IsNullOrWhiteSpace(reason), "reason",
            "A justification needs a reason.");
        _justifications.RemoveAll(j => j.LineId == lineId);
        _justifications.Add(new LineJustification(lineId, reason.Trim()));
    }

    public void SetFunding(FundingSplit funding)
    {
        EnsureUndecided();
        Funding = funding;
    }

    /// <summary>
    /// Agrees the plan and its funding. <paramref name="headroom"/> is what is left on each budget line
    /// for the financial year; a commitment above it raises <see cref="ForecastOverspendSignalled"/>
    /// for pooled finance to act on, and the plan is agreed all the same.
    /// </summary>
    public void Agree(SupportPlan plan, Actor verifier, DelegatedAuthority authority, IReadOnlyList<BudgetHeadroom> headroom, DateOnly on)
    {
        var funding = EnsureAgreeable(plan, verifier, authority);
        var commitment = Commitment.For(plan, funding, headroom);

        Decide(verifier, on, VerificationStatus.Agreed);
        plan.MarkAgreed();
        Raise(new FundingAgreed(Id, plan.Id, People.PersonReference.From(PersonReference), WeeklyCost, OneOffCost,
            commitment.StartDate, commitment.Year.ToString(), commitment.Lines, verifier.UserId, on));
        foreach (var line in commitment.Lines.Where(l => l.Overspend > 0))
            Raise(new ForecastOverspendSignalled(Id, plan.Id, line.FundId, line.BudgetLineCode, commitment.Year,
                line.YearCommitment, line.YearCommitment - line.Overspend, line.Overspend, on));
    }

    /// <summary>Every reason agreement would be refused that does not need the budget's headroom; gives the funding split.</summary>
    public FundingSplit EnsureAgreeable(SupportPlan plan, Actor verifier, DelegatedAuthority authority)
    {
        EnsureOpen(plan);
        authority.EnsurePermits(verifier, WeeklyCost, OneOffCost);
        var unaddressed = plan.UnaddressedNeeds.Select(n => n.Description).ToList();
        if (unaddressed.Count > 0)
            throw VerificationRules.StatutoryNeedsAddressed.Broken("needs",
                $"Statutory needs not addressed: {string.Join("; ", unaddressed)}.");
        if (plan.CostLines.Any(l => _checks.All(c => c.LineId != l.Id)))
            throw VerificationRules.CostChecked.Broken("costChecks",
                "Every cost line must be checked against its rate and benchmark.");
        if (_checks.Any(c => c.NeedsJustification && _justifications.All(j => j.LineId != c.LineId)))
            throw VerificationRules.CostAboveRateJustified.Broken("justification",
                "A cost above the contracted rate or benchmark needs a recorded justification.");
        return Funding ?? throw FundingRules.FundingSplitSet.Broken("funding",
            "Set the funding split before agreeing.");
    }

    public void Return(SupportPlan plan, Actor verifier, IReadOnlyList<ReturnReason> reasons, string note, DateOnly on)
    {
        EnsureOpen(plan);
        DelegatedAuthority.EnsureVerifier(verifier);
        VerificationRules.DecisionExplained.Require(reasons is { Count: > 0 } && reasons.All(Enum.IsDefined), "reasons",
            "Say why the plan is returned.");
        VerificationRules.DecisionExplained.Require(!string.IsNullOrWhiteSpace(note), "note",
            "Explain what the provider should change.");
        Decide(verifier, on, VerificationStatus.Returned);
        _returnReasons.AddRange(reasons.Distinct());
        DecisionNote = note.Trim();
        plan.ReturnForRework();
        Raise(new SupportPlanReturned(Id, plan.Id, People.PersonReference.From(PersonReference), _returnReasons.ToArray(), DecisionNote, on));
    }

    public void Decline(SupportPlan plan, Actor verifier, DeclineReason reason, string note, DateOnly on)
    {
        EnsureOpen(plan);
        DelegatedAuthority.EnsureVerifier(verifier);
        VerificationRules.DecisionExplained.Require(Enum.IsDefined(reason), "reason", "Not a decline reason.");
        VerificationRules.DecisionExplained.Require(!string.IsNullOrWhiteSpace(note), "note", "Explain the decision.");
        Decide(verifier, on, VerificationStatus.Declined);
        DeclineReason = reason;
        DecisionNote = note.Trim();
        plan.MarkDeclined();
        Raise(new SupportPlanDeclined(Id, plan.Id, People.PersonReference.From(PersonReference), reason, DecisionNote, on));
    }

    private void Decide(Actor verifier, DateOnly on, VerificationStatus outcome)
    {
        VerificationRules.DecisionOnItsPlan.Require(on >= OpenedOn, "decidedOn",
            "A decision cannot predate the verification.");
        Status = outcome;
        DecidedByUserId = verifier.UserId;
        DecidedOn = on;
    }

    private void EnsureOpen(SupportPlan plan)
    {
        if (plan.Id != SupportPlanId) throw VerificationRules.DecisionOnItsPlan.Broken("supportPlanId",
            "This verification is for another plan.");
        EnsureUndecided();
        plan.EnsureSubmitted();
    }

    private void EnsureUndecided()
    {
        if (Status != VerificationStatus.Open) throw VerificationRules.VerificationUndecided.Broken("status",
            $"The verification is already {Status}.");
    }
}

public sealed record LineJustification(Guid LineId, string Reason);

public enum VerificationStatus { Open, Agreed, Returned, Declined }

public enum ReturnReason { StatutoryNeedNotAddressed, CostNotEvidenced, FundingSplitIncorrect, PlanIncomplete, QualityConcern, Other }

/// <summary>Why funding is refused. There is no budget reason: budget pressure never decides eligibility or funding.</summary>
public enum DeclineReason { NoEligibleNeedToFund, NeedsMetWithoutFundedSupport, AnotherAuthorityResponsible, FullyNhsFunded }
