using Contracts.Domain.Agreements;
using Contracts.Domain.DueDiligence;
using Contracts.Domain.Markets;
using Contracts.Domain.Providers;

namespace Contracts.Tests.Domain;

/// <summary>
/// Test data from the seeds. Figures carry their source line; organisation codes are illustrative
/// except NHS Wirral CCG (12F) and CWP (RXA), which are their ODS codes.
/// </summary>
internal static class Seeds
{
    public const string WirralCouncil = "E08000015";
    public const string WirralCcg = "12F";
    public const string PlymouthCouncil = "E06000026";
    public const string NewDevonCcg = "99P";
    public const string Cwp = "RXA";

    /// <summary>A §3.8 L768, §5.33 L1441: the s75 contract starts 1 April 2018 and runs four years.</summary>
    public static readonly DateOnly S75Start = new(2018, 4, 1);
    public static readonly DateOnly S75End = new(2022, 3, 31);
    /// <summary>A R-CON-01, §4.1 L784: 3.09 + 1.04 + 1.06 = £5.19m a year, gross staff budget.</summary>
    public const decimal S75AnnualValue = 3_090_000m + 1_040_000m + 1_060_000m;
    /// <summary>A §5.36 L1476-1478: negotiation October 2017 to March 2018; award within it (illustrative day).</summary>
    public static readonly DateOnly S75AwardedOn = new(2018, 3, 1);

    public static readonly MarketSegment WirralWestResidential = MarketSegment.Of(ServiceType.ResidentialCare, "Wirral West");
    public static readonly MarketSegment WirralWestHomeCare = MarketSegment.Of(ServiceType.HomeCare, "Wirral West");

    public static Provider CwpTrust() => GoodStanding(Provider.Register(
        "Cheshire and Wirral Partnership NHS Foundation Trust", Cwp, ProviderSector.Nhs, "1-101663962"));

    public static Provider CareHome(string odsCode = "VNKAB") => GoodStanding(Provider.Register(
        "Oak Lodge Care Home", odsCode, ProviderSector.Private, "1-123456789"));

    private static Provider GoodStanding(Provider provider)
    {
        provider.RecordCqcRating(CqcRating.Good, new DateOnly(2017, 6, 1));
        provider.RecordLivingWage(LivingWageStatus.Paid, new DateOnly(2017, 6, 1));
        provider.ClearDomainEvents();
        return provider;
    }

    /// <summary>
    /// Each council's due-diligence signatory, as the service's appsettings.json names them: Wirral's Director
    /// for Adult Care and Health (B §1.1 L198, B L136) and Plymouth's Strategic Director for People (P:L817).
    /// </summary>
    public static readonly DueDiligenceSignatories Signatories = new(new Dictionary<string, string>
    {
        [WirralCouncil] = "Director for Adult Care and Health", [PlymouthCouncil] = "Strategic Director for People",
    });

    public static DueDiligenceSignatory SignatoryOf(string council) => Signatories.For(council, "signatoryRole");

    /// <summary>A §5.36 L1498: due diligence October to December 2017; P:L817 sign-off by a named director.</summary>
    public static DueDiligenceAssessment SignedOffDueDiligence(Guid providerId)
    {
        var dd = DueDiligenceAssessment.Start(providerId, new DateOnly(2017, 10, 2));
        foreach (var area in DueDiligenceAreas.All)
            dd.Assess(area, area.AssessedBy(), "Evaluation team member", AreaOutcome.Satisfactory, new DateOnly(2017, 12, 1));
        dd.SignOff("Graham Hodkinson", "Director for Adult Care and Health", new DateOnly(2017, 12, 15),
            SignatoryOf(WirralCouncil));
        return dd;
    }

    public static IReadOnlyCollection<Approval> ApprovalsOf(DateOnly on, params string[] organisations) =>
        organisations.Select(o => new Approval(o, $"Approver for {o}", on)).ToList();

    /// <summary>A's Section 75 delegation, council to CWP (A §1.19, §2.2).</summary>
    public static ContractTerms AllAgeDisabilityS75() => new()
    {
        Reference = "WIR-S75-2018-01",
        Title = "All Age Disability and Mental Health: delegated assessment and care planning",
        Type = ContractType.Section75Delegation,
        Commissioners = [WirralCouncil],
        LeadCommissioner = WirralCouncil,
        Funding = new ContractFunding(Guid.Parse("5a1c7f0e-0000-4000-8000-000000000075"), FundingPot.A),
        AnnualValue = S75AnnualValue,
        StartsOn = S75Start,
        EndsOn = S75End,
        NoticeMonths = 3,
        VatStatus = VatStatus.Exempt,
        Route = ProcurementRoute.DirectAward,
        ProcurementExemption = "Section 75 NHS Act 2006 partnership arrangement; no competitive tender (A L770)",
        DelegatedFunctions = [StatutoryFunction.CareAndSupportAssessment, StatutoryFunction.CarePlanning, StatutoryFunction.SupportPlanning],
        Phases = [new ContractPhase("Stabilisation", S75Start), new ContractPhase("Development and transformation", new DateOnly(2019, 4, 1))],
    };

    public static CommissioningContract AwardedS75(Func<ContractTerms, ContractTerms>? adjust = null)
    {
        var provider = CwpTrust();
        var terms = adjust is null ? AllAgeDisabilityS75() : adjust(AllAgeDisabilityS75());
        var contract = CommissioningContract.Award(terms, provider, SignedOffDueDiligence(provider.Id),
            ApprovalsOf(new DateOnly(2017, 10, 2), terms.Commissioners.ToArray()), S75AwardedOn, Signatories);
        contract.ClearDomainEvents();
        return contract;
    }
}
