using Commissioning.Domain;
using PooledFinance.Domain.Partnerships;
using PooledFinance.Domain.SeedWork;
using PooledFinance.Domain.Settlement;

namespace PooledFinance.Domain.Agreements;

/// <summary>
/// A Section 75 (NHS Act 2006) agreement: aims, functions, term, annual review, notice, approvals by
/// every partner, variations, materiality of funding changes and the year-end settlement terms.
/// </summary>
/// <remarks>
/// Decisions where the documents are silent:
/// notice runs in calendar months from the day it is served and the agreement ends on that day
/// (3 months from 15 January ends on 15 April; from 30 November on 28 or 29 February), or at the
/// end of the term if that comes first. Materiality counts the size of each change, so a £300k cut
/// and a £300k new duty make £600k of change; "reaching" the threshold means equal to or above it,
/// and each financial year starts a fresh accumulation (P:L375-376).
/// </remarks>
public sealed class Section75Agreement : AggregateRoot
{
    public const decimal DefaultMaterialityThreshold = 500_000m;

    private readonly List<Guid> _partnerBodyIds = [];
    private readonly List<string> _aims = [];
    private readonly List<string> _functions = [];
    private readonly List<PartnerApproval> _approvals = [];
    private readonly List<Variation> _variations = [];
    private readonly List<FundingChange> _fundingChanges = [];
    private readonly List<MaterialChange> _materialChanges = [];
    private readonly List<StageApproval> _stageApprovals = [];

    private Section75Agreement() { }

    public Guid PartnershipId { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyList<Guid> PartnerBodyIds => _partnerBodyIds;
    public IReadOnlyList<string> Aims => _aims;
    public IReadOnlyList<string> Functions => _functions;
    public DateOnly TermStart { get; private set; }
    public DateOnly? TermEnd { get; private set; }
    public DateOnly FirstAnnualReview { get; private set; }
    public int NoticePeriodMonths { get; private set; }
    public AgreementStatus Status { get; private set; }
    public DateOnly? InForceFrom { get; private set; }
    public TerminationNotice? Notice { get; private set; }
    public DateOnly? TerminatedOn { get; private set; }
    public decimal MaterialityThreshold { get; private set; } = DefaultMaterialityThreshold;
    public SettlementTerms? SettlementTerms { get; private set; }
    public IReadOnlyList<PartnerApproval> Approvals => _approvals;
    public IReadOnlyList<Variation> Variations => _variations;
    public IReadOnlyList<FundingChange> FundingChanges => _fundingChanges;
    public IReadOnlyList<MaterialChange> MaterialChanges => _materialChanges;
    public IReadOnlyList<StageApproval> StageApprovals => _stageApprovals;
    public LegalScrutiny? LegalScrutiny { get; private set; }

    /// <summary>The last approval stage every partner has decided (S:114-118).</summary>
    public GovernanceStage? StageReached => ApprovalStages.Reached(_partnerBodyIds, _stageApprovals);

    /// <summary>Teams may operate in shadow mode once every partner has approved the heads of terms (S:116).</summary>
    public DateOnly? ShadowOperationFrom =>
        ApprovalStages.CompletedOn(_partnerBodyIds, _stageApprovals, GovernanceStage.HeadsOfTerms);

    /// <summary>The day the agreement ends: the notice's effective end, otherwise the end of its term.</summary>
    public DateOnly? EndsOn => Notice?.EffectiveEnd ?? TermEnd;

    public bool VariationRequired => _materialChanges.Any(m => !m.IsResolved);

    /// <summary>The day the last partner approved it, once every partner has: its signature (S:118).</summary>
    public DateOnly? SignedOn => Status == AgreementStatus.Draft ? null : _approvals.Max(a => a.ApprovedOn);

    public static Section75Agreement Draft(Partnership partnership, string title, IReadOnlyCollection<string> aims,
        IReadOnlyCollection<string> functions, DateOnly termStart, DateOnly? termEnd, DateOnly firstAnnualReview,
        int noticePeriodMonths)
    {
        AgreementRules.StatesItsAims.Require(aims.Count > 0 && aims.All(a => !string.IsNullOrWhiteSpace(a)), "aims",
            "State at least one aim.");
        AgreementRules.StatesItsFunctions.Require(
            functions.Count > 0 && functions.All(f => !string.IsNullOrWhiteSpace(f)), "functions",
            "State the functions the agreement covers.");
        AgreementRules.TermEndsAfterItStarts.Require(termEnd is null || termEnd > termStart, "termEnd",
            "The term must end after it starts.");
        AgreementRules.FirstReviewWithinTheFirstYear.Require(
            firstAnnualReview > termStart && firstAnnualReview <= termStart.AddYears(1), "firstAnnualReview",
            "The first annual review falls within the agreement's first year.");
        AgreementRules.NoticeBetween1And24Months.Require(noticePeriodMonths is >= 1 and <= 24, "noticePeriodMonths",
            "Notice is between 1 and 24 months.");
        var agreement = new Section75Agreement
        {
            PartnershipId = partnership.Id,
            Title = Amounts.Text(title, "title"),
            TermStart = termStart,
            TermEnd = termEnd,
            FirstAnnualReview = firstAnnualReview,
            NoticePeriodMonths = noticePeriodMonths,
            Status = AgreementStatus.Draft,
        };
        agreement._partnerBodyIds.AddRange(partnership.Bodies.Select(b => b.Id));
        agreement._aims.AddRange(aims.Select(a => a.Trim()));
        agreement._functions.AddRange(functions.Select(f => f.Trim()));
        return agreement;
    }

    public bool IsPartner(Guid bodyId) => _partnerBodyIds.Contains(bodyId);

    public void RequirePartner(Guid bodyId, string field = "partnerBodyId")
    {
        if (!IsPartner(bodyId)) throw RuleViolation.NotFound(field, $"{bodyId} is not a partner to '{Title}'.");
    }

    /// <summary>Records the independent legal scrutiny of the final draft, once, while a draft (P:L423).</summary>
    public void RecordLegalScrutiny(string scrutinisedBy, string reference, DateOnly completedOn)
    {
        RequireStatus("status", AgreementStatus.Draft);
        if (LegalScrutiny is not null)
            throw GovernanceRules.LegalScrutinyRecordedOnce.Broken("legalScrutiny",
                "The agreement's legal scrutiny is already recorded.");
        LegalScrutiny = new LegalScrutiny(Amounts.Text(scrutinisedBy, "scrutinisedBy"),
            Amounts.Text(reference, "reference"), completedOn);
    }

    /// <summary>
    /// Enters a partner's approving stage decision, refused out of order (<see cref="ApprovalStages"/>); one with
    /// conditions waits for them (<see cref="StageConditionsMet"/>). A deferral or refusal is checked against the same
    /// order (it was decided at the stage) but not entered: the stage stays where it was.
    /// </summary>
    public void RecordStage(GovernanceDecision decision)
    {
        GovernanceRules.DecisionApprovesThis.Require(decision.AgreementId == Id, "agreementId",
            "The decision concerns another agreement.");
        RequireStatus("status", AgreementStatus.Draft);
        var partner = decision.PartnerBodyId
            ?? throw GovernanceRules.StageByAPartnerBody.Broken("partnerBodyId",
                "A stage is approved by a partner body.");
        RequirePartner(partner);
        var approval = new StageApproval(decision.Id, partner, decision.Stage, decision.DecidedOn)
        {
            AwaitsConditions = decision.AuthorisesFrom is null,
        };
        if (!decision.Approves)
        {
            ApprovalStages.RequireNotApproving(_partnerBodyIds, _stageApprovals, approval, LegalScrutiny);
            return;
        }
        ApprovalStages.Require(_partnerBodyIds, _stageApprovals, approval, LegalScrutiny);
        _stageApprovals.Add(approval);
    }

    /// <summary>
    /// A stage decision's conditions are all met: its approval counts towards the stage from the day the last was.
    /// </summary>
    public void StageConditionsMet(GovernanceDecision decision)
    {
        var index = _stageApprovals.FindIndex(a => a.DecisionId == decision.Id);
        if (index < 0 || decision.AuthorisesFrom is not { } from) return;
        _stageApprovals[index] = _stageApprovals[index] with { AwaitsConditions = false, ConditionsMetOn = from };
    }

    /// <summary>
    /// Records one partner body's approval (its signature); the agreement is approved when every partner has. A
    /// <paramref name="decision"/>, when given, must be that body's decision on the formal agreement, and is kept.
    /// Once any partner's stage decision is recorded on the agreement the decision is required: a signature without
    /// one would let a partner sign before its own formal-s75 decision (and its legal scrutiny) were ever recorded.
    /// </summary>
    public void Approve(Guid partnerBodyId, string approvingBody, string delegationReference, DateOnly approvedOn,
        GovernanceDecision? decision = null)
    {
        RequireStatus("status", AgreementStatus.Draft);
        RequirePartner(partnerBodyId);
        var body = Amounts.Text(approvingBody, "approvingBody");
        var reference = Amounts.Text(delegationReference, "delegationReference");
        if (_approvals.Any(a => a.PartnerBodyId == partnerBodyId))
            throw AgreementRules.PartnerSignsOnce.Broken("partnerBodyId",
                "This partner has already approved the agreement.");
        if (decision is null)
            GovernanceRules.SignedUnderItsFormalDecision.Require(_stageApprovals.Count == 0, "decisionId",
                "This agreement's approval stages are recorded (S:114-118): cite the partner's own decision on the "
                + "formal s75.");
        else
        {
            decision.RequireAuthorises(Id, GovernanceStage.FormalAgreement);
            GovernanceRules.DecisionApprovesThis.Require(decision.PartnerBodyId == partnerBodyId, "decisionId",
                $"Decision {decision.Id} is another partner body's.");
            GovernanceRules.SignedAfterTheDecision.Require(approvedOn >= decision.AuthorisesFrom, "approvedOn",
                "The agreement is signed after the decision that authorised it, and its conditions met.");
        }
        _approvals.Add(new PartnerApproval(partnerBodyId, body, reference, approvedOn) { DecisionId = decision?.Id });
        if (_partnerBodyIds.All(p => _approvals.Any(a => a.PartnerBodyId == p)))
        {
            Status = AgreementStatus.Approved;
            Raise(new AgreementApproved(Id, approvedOn));
        }
    }

    public void BringIntoForce(DateOnly from)
    {
        RequireStatus("status", AgreementStatus.Approved);
        AgreementRules.InForceWithinItsTerm.Require(from >= TermStart, "from",
            "The agreement cannot come into force before its term starts.");
        AgreementRules.InForceOnceApproved.Require(from >= _approvals.Max(a => a.ApprovedOn), "from",
            "The agreement cannot come into force before it is approved.");
        InForceFrom = from;
        Status = AgreementStatus.InForce;
    }

    /// <summary>
    /// Varies the agreement by a joint decision that carries a delegation from every partner; resolves open material
    /// changes. A recorded <paramref name="authorisedBy"/> must approve a variation of this agreement, and is kept.
    /// </summary>
    public Variation Vary(string description, DateOnly effectiveFrom, JointDecision decision,
        GovernanceDecision? authorisedBy = null)
    {
        authorisedBy?.RequireAuthorises(Id, GovernanceStage.Variation);
        RequireStatus("status", AgreementStatus.InForce, AgreementStatus.Varied);
        var text = Amounts.Text(description, "description");
        decision.RequireDelegationFromEvery(_partnerBodyIds);
        AgreementRules.VariedWhileInForce.Require(effectiveFrom >= InForceFrom, "effectiveFrom",
            "A variation cannot take effect before the agreement is in force.");
        var variation = new Variation(Guid.NewGuid(), text, effectiveFrom, decision) { DecisionId = authorisedBy?.Id };
        _variations.Add(variation);
        for (var i = 0; i < _materialChanges.Count; i++)
            if (!_materialChanges[i].IsResolved)
                _materialChanges[i] = _materialChanges[i] with { ResolvedByVariationId = variation.Id };
        Status = AgreementStatus.Varied;
        Raise(new AgreementVaried(Id, variation.Id, effectiveFrom));
        return variation;
    }

    /// <summary>Any partner may serve notice (P:L421); the end date is computed from the notice period.</summary>
    public TerminationNotice ServeNotice(Guid servedBy, DateOnly servedOn)
    {
        RequireStatus("status", AgreementStatus.InForce, AgreementStatus.Varied);
        RequirePartner(servedBy, "servedBy");
        AgreementRules.NoticeServedWhileInForce.Require(servedOn >= InForceFrom, "servedOn",
            "Notice cannot be served before the agreement is in force.");
        var byNotice = servedOn.AddMonths(NoticePeriodMonths);
        var end = TermEnd is { } termEnd && termEnd < byNotice ? termEnd : byNotice;
        Notice = new TerminationNotice(servedBy, servedOn, end);
        Status = AgreementStatus.NoticeServed;
        Raise(new NoticeServed(Id, servedBy, end));
        return Notice;
    }

    public void Terminate(DateOnly on)
    {
        RequireStatus("status", AgreementStatus.InForce, AgreementStatus.Varied, AgreementStatus.NoticeServed);
        if (EndsOn is not { } end || on < end)
            throw AgreementRules.TerminatedOnceItEnds.Broken("on",
                $"The agreement runs until {EndsOn?.ToString("yyyy-MM-dd") ?? "notice is served"}.");
        TerminatedOn = on;
        Status = AgreementStatus.Terminated;
    }

    public bool IsInForceOn(DateOnly date) =>
        InForceFrom is { } from && date >= from && (EndsOn is not { } end || date <= end) && (TerminatedOn is null || date < TerminatedOn);

    /// <summary>The next annual review on or after <paramref name="date"/>; reviews recur on the anniversary of the first (P:L417).</summary>
    public DateOnly NextAnnualReview(DateOnly date)
    {
        var years = 0;
        var review = FirstAnnualReview;
        while (review < date) review = FirstAnnualReview.AddYears(++years);
        return review;
    }

    public void ChangeMaterialityThreshold(decimal threshold) =>
        MaterialityThreshold = Amounts.Positive(threshold, "threshold");

    /// <summary>
    /// Records a change to a partner's funding or statutory duties. When the year's changes not yet
    /// counted reach the threshold, a material change is raised that only a variation resolves (P:L375-376).
    /// </summary>
    public MaterialChange? RecordFundingChange(Guid partnerBodyId, FundingChangeKind kind, string description,
        FinancialYear year, decimal annualImpact, DateOnly recordedOn)
    {
        RequireStatus("status", AgreementStatus.InForce, AgreementStatus.Varied, AgreementStatus.NoticeServed);
        RequirePartner(partnerBodyId);
        var change = new FundingChange(Guid.NewGuid(), partnerBodyId, kind, Amounts.Text(description, "description"),
            year, Amounts.NonZero(annualImpact, "annualImpact"), recordedOn);
        _fundingChanges.Add(change);
        var open = _fundingChanges.Where(c => c.Year == year && c.MaterialChangeId is null).ToList();
        var cumulative = open.Sum(c => Math.Abs(c.AnnualImpact));
        if (cumulative < MaterialityThreshold) return null;

        var material = new MaterialChange(Guid.NewGuid(), year, cumulative, MaterialityThreshold, recordedOn);
        _materialChanges.Add(material);
        for (var i = 0; i < _fundingChanges.Count; i++)
            if (open.Contains(_fundingChanges[i]))
                _fundingChanges[i] = _fundingChanges[i] with { MaterialChangeId = material.Id };
        Raise(new MaterialChangeDetected(Id, material.Id, year, cumulative, MaterialityThreshold));
        return material;
    }

    /// <summary>The year's impact still absorbed by the agreement's own mechanism (below the threshold).</summary>
    public decimal CumulativeImpactNotYetMaterial(FinancialYear year) =>
        _fundingChanges.Where(c => c.Year == year && c.MaterialChangeId is null).Sum(c => Math.Abs(c.AnnualImpact));

    public void ChooseSettlementTerms(SettlementTerms terms)
    {
        AgreementRules.SettlementTermsBeforeTheEnd.Require(Status != AgreementStatus.Terminated, "status",
            "The agreement has ended.");
        terms.RequirePartnersOf(this);
        SettlementTerms = terms;
    }

    private void RequireStatus(string field, params AgreementStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw AgreementRules.StatusAllows.Broken(field,
                $"The agreement is {Status}; this needs {string.Join(" or ", allowed)}.");
    }
}
