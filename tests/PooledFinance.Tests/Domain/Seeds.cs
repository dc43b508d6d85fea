using Commissioning.Domain;
using PooledFinance.Domain.Agreements;
using PooledFinance.Domain.Funds;
using PooledFinance.Domain.Partnerships;

namespace PooledFinance.Tests.Domain;

/// <summary>The seed documents' partnerships, built fresh for each test.</summary>
internal static class Seeds
{
    public static readonly FinancialYear Y2015 = new(2015);
    public static readonly FinancialYear Y2017 = new(2017);
    public static readonly FinancialYear Y2018 = new(2018);

    public static decimal Millions(decimal m) => m * 1_000_000m;
    public static decimal Thousands(decimal k) => k * 1_000m;

    public static RuleViolation Violation(Action act) => Assert.Throws<RuleViolation>(act);
}

/// <summary>Plymouth City Council and NEW Devon CCG, "One System One Budget" (P), pool from 1 April 2015.</summary>
internal sealed class Plymouth
{
    public PartnerBody Council { get; } = PartnerBody.Create("Plymouth City Council", StatutoryBodyKind.Council, "E06000026");
    public PartnerBody Ccg { get; } = PartnerBody.Create("NHS Northern, Eastern and Western Devon CCG", StatutoryBodyKind.ClinicalCommissioningGroup, "99P");
    public Partnership Partnership { get; }
    public Section75Agreement Agreement { get; }

    public Plymouth(bool inForce = true)
    {
        Partnership = Partnership.Create("Plymouth Integrated Health and Wellbeing", [Council, Ccg]);
        Agreement = Section75Agreement.Draft(Partnership, "Plymouth integrated commissioning s75",
            ["One System One Budget"], ["Adult social care commissioning", "Community health commissioning"],
            new DateOnly(2015, 4, 1), null, new DateOnly(2016, 4, 1), noticePeriodMonths: 3); // P:L421
        if (!inForce) return;
        ApproveByBoth();
        Agreement.BringIntoForce(new DateOnly(2015, 4, 1));
    }

    /// <summary>P:L54, P:L57: Cabinet 11/11/14 and the CCG Governing Body 3/12/14.</summary>
    public void ApproveByBoth()
    {
        Agreement.Approve(Council.Id, "Cabinet", "PCC Cabinet minute 11/11/14", new DateOnly(2014, 11, 11));
        Agreement.Approve(Ccg.Id, "Governing Body", "CCG GB scheme of delegation 3/12/14", new DateOnly(2014, 12, 3));
    }

    public Fund Pool(VatModel vat = VatModel.LeadCommissioner) =>
        Fund.Create(Agreement, "Plymouth pooled fund", FundKind.Pooled, Council.Id, "Pooled Budget Manager", vat);

    public JointDecision JointBoardDecision(string subject, DateOnly on) => new("Joint Commissioning Board", subject, on,
        [new Delegation(Council.Id, "Cabinet delegation"), new Delegation(Ccg.Id, "Governing Body delegation")]);
}

/// <summary>Wirral Council and Wirral CCG, Integrated Commissioning Hub (W), 2017/18 figures.</summary>
internal sealed class Wirral
{
    public PartnerBody Council { get; } = PartnerBody.Create("Wirral Council", StatutoryBodyKind.Council, "E08000015");
    public PartnerBody Ccg { get; } = PartnerBody.Create("NHS Wirral CCG", StatutoryBodyKind.ClinicalCommissioningGroup, "12F");
    public Partnership Partnership { get; }
    public Section75Agreement Agreement { get; }

    public Wirral()
    {
        Partnership = Partnership.Create("Wirral Integrated Commissioning Hub", [Council, Ccg]);
        Agreement = Section75Agreement.Draft(Partnership, "Wirral ICH s75", ["Integrated commissioning for Wirral"],
            ["Adult social care", "Public health", "CCG commissioning"], new DateOnly(2018, 4, 1), null,
            new DateOnly(2019, 4, 1), noticePeriodMonths: 3);
        Agreement.Approve(Council.Id, "Cabinet", "Cabinet 27.11.17", new DateOnly(2017, 11, 27)); // W:24
        Agreement.Approve(Ccg.Id, "Governing Body", "CCG Governing Body delegation", new DateOnly(2017, 11, 28));
        Agreement.BringIntoForce(new DateOnly(2018, 4, 1));
    }

    public Fund Pool(VatModel vat = VatModel.LeadCommissioner) =>
        Fund.Create(Agreement, "ICH pooled fund", FundKind.Pooled, Council.Id, "ICH pool manager", vat);

    public Fund BetterCareFund() =>
        Fund.Create(Agreement, "Better Care Fund", FundKind.BetterCareFund, Council.Id, "BCF pool manager", VatModel.LeadCommissioner);

    public JointDecision JointBoardDecision(string subject, DateOnly on) => new("Joint Board", subject, on,
        [new Delegation(Council.Id, "Cabinet delegation"), new Delegation(Ccg.Id, "Governing Body delegation")]); // W:714
}
