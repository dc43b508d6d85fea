using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Contributions;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Ledger;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Api.Apis;

/// <summary>
/// The documented examples, from W's pooled fund in Wirral: the council and the CCG in partnership,
/// their section 75 agreement, the pooled fund the council hosts, a council line in pot A, an actual
/// posted on it and the council's contribution for 2017/18.
/// </summary>
public static class FinanceExamples
{
    private static readonly Guid PartnershipId = Guid.Parse("0190f1a0-0000-7000-8000-0000000000a1");
    private static readonly Guid CouncilId = Guid.Parse("0190f1a0-0000-7000-8000-0000000000b1");
    private static readonly Guid CcgId = Guid.Parse("0190f1a0-0000-7000-8000-0000000000b2");
    private static readonly Guid AgreementId = Guid.Parse("0190f1a0-0000-7000-8000-0000000000c1");
    private static readonly Guid FundId = Guid.Parse("0190f1a0-0000-7000-8000-0000000000d1");
    private static readonly Guid LineId = Guid.Parse("0190f1a0-0000-7000-8000-0000000000e1");
    private static readonly FinancialYearView Year = new(2017, new DateOnly(2017, 4, 1), new DateOnly(2018, 3, 31));

    public static NewPartnership NewPartnership { get; } = new("Wirral Integrated Commissioning Hub",
        [new("Wirral Council", StatutoryBodyKind.Council, "E08000015"),
            new("NHS Wirral CCG", StatutoryBodyKind.ClinicalCommissioningGroup, "12F")]);

    public static PartnershipView Partnership { get; } = new(PartnershipId, NewPartnership.Name,
        [new(CouncilId, "Wirral Council", StatutoryBodyKind.Council, "E08000015"),
            new(CcgId, "NHS Wirral CCG", StatutoryBodyKind.ClinicalCommissioningGroup, "12F")]);

    public static NewAgreement NewAgreement { get; } = new("Wirral s75 2017/18", ["One budget for adult care"],
        ["Adult social care", "Continuing healthcare"], Year.Start, null, Year.End, 3);

    public static AgreementView Agreement { get; } = new(AgreementId, PartnershipId, NewAgreement.Title,
        [CouncilId, CcgId], NewAgreement.Aims, NewAgreement.Functions, Year.Start, null, Year.End, 3,
        AgreementStatus.Draft, null, null, null, Section75Agreement.DefaultMaterialityThreshold, null, [], [], [], [],
        null, false, [], null, null, null);

    /// <summary>Wirral Council's Cabinet approving the agreement in principle (the first of S:114-118).</summary>
    public static NewDecision NewDecision { get; } = new("Cabinet", "Approval in principle of the s75",
        Year.Start.AddMonths(-2), GovernanceStage.ApprovalInPrinciple,
        [new(CouncilId, "Cabinet scheme of delegation")], CouncilId);

    public static GovernanceDecisionView Decision { get; } = new(Guid.Parse("5d2c7f0e-8a1b-4c3d-9e4f-0a1b2c3d4e5f"),
        PartnershipId, AgreementId, CouncilId, NewDecision.Body, NewDecision.Subject, NewDecision.DecidedOn,
        NewDecision.Stage, NewDecision.Delegations, DecisionOutcome.Approved, [], NewDecision.DecidedOn);

    public static NewFund NewFund { get; } =
        new("Wirral pooled fund", FundKind.Pooled, CouncilId, "Director of Finance", VatModel.LeadCommissioner);

    public static FundView Fund { get; } = new(FundId, AgreementId, NewFund.Name, FundKind.Pooled, CouncilId,
        NewFund.PoolManager, VatModel.LeadCommissioner, [], [], [], false);

    private static readonly RiskAssessmentView Assessment = new("RA-2017-04", "Head of Finance", new DateOnly(2017, 3,
        1));

    public static NewBudgetLine NewBudgetLine { get; } = new(CouncilId, "2017/18", "ASC-RES", "Residential care",
        Pot.A, 12_400_000m, Assessment);

    public static BudgetLineView BudgetLine { get; } = new(LineId, CouncilId, Year, "ASC-RES", "Residential care",
        Pot.A, 12_400_000m, false, FundId, Assessment, null, 12_400_000m);

    public static NewPosting NewPosting { get; } =
        new(LineId, EntryKind.Actual, 1_033_250.00m, new DateOnly(2017, 4, 30), "AP-2017-04-ASC-RES");

    public static LedgerEntryView Posting { get; } = new(Guid.Parse("0190f1a0-0000-7000-8000-0000000000f1"), FundId,
        LineId, CouncilId, EntryKind.Actual, NewPosting.Amount, NewPosting.PostingDate, NewPosting.Reference, CouncilId,
        null, null, Year, 1);

    public static NewContribution NewContribution { get; } = new(CouncilId, "2017/18",
        "What the council would have spent itself on adult residential care (P:L372)", 12_400_000m,
        ContributionSource.RevenueBudget);

    public static ContributionView Contribution { get; } = new(Guid.Parse("0190f1a0-0000-7000-8000-0000000000f2"),
        FundId, CouncilId, Year, NewContribution.Basis, 12_400_000m, ContributionSource.RevenueBudget,
        ContributionStatus.Proposed, [], [], [], 12_400_000m, 0m, 12_400_000m);

    /// <summary>September's position shows a £420,000 overspend; the clock runs 10 working days (P:L409-413).</summary>
    public static IdentifyVariance IdentifyVariance { get; } = new("2017/18", 6, new DateOnly(2017, 10, 16));

    public static VarianceClock VarianceClock { get; } = new(new ForecastVarianceView(
            Guid.Parse("0190f1a0-0000-7000-8000-0000000000f3"), FundId, Year, 6, 420_000m, new DateOnly(2017, 10, 16),
            new DateOnly(2017, 10, 30), null, null, null, [CouncilId, CcgId], [], true, false),
        new DateOnly(2017, 10, 30), new DateOnly(2017, 10, 16), false);
}
