using Contracts.Domain.Agreements;
using Contracts.Domain.Markets;
using Contracts.Domain.Monitoring;
using Contracts.Domain.Providers;
using Contracts.Domain.RateCards;

namespace Contracts.Api.Apis;

/// <summary>
/// The documented examples, from A's Section 75 delegation in Wirral (A R-CON-01, §3.8): CWP registered,
/// the council's delegation to it awarded, and the weekly residential rate in Wirral West.
/// </summary>
public static class ContractsExamples
{
    private static readonly Guid CwpId = Guid.Parse("0190c0de-0000-7000-8000-00000000c0a1");
    private static readonly Guid DueDiligenceId = Guid.Parse("0190c0de-0000-7000-8000-00000000d0d1");
    private static readonly Guid FundId = Guid.Parse("5a1c7f0e-0000-4000-8000-000000000075");
    private const string Council = "E08000015";

    public static NewProvider NewProvider { get; } =
        new("Cheshire and Wirral Partnership NHS Foundation Trust", "RXA", ProviderSector.Nhs, null);

    public static ProviderView Provider { get; } = new(
        CwpId, NewProvider.Name, NewProvider.OdsCode, NewProvider.Sector, null,
        CqcRating.NotYetRated, null, LivingWageStatus.Unconfirmed, ProviderStatus.Active, null, null, [], null, true);

    private static readonly ApprovalView CouncilApproval =
        new(Council, "Director of Adult Social Care", new DateOnly(2017, 10, 2));
    private static readonly FundingView Funding = new(FundId, FundingPot.A, "COUNCIL-ASC");
    private static readonly StatutoryFunction[] Delegated =
        [StatutoryFunction.CareAndSupportAssessment, StatutoryFunction.CarePlanning, StatutoryFunction.SupportPlanning];
    private static readonly PhaseView[] Phases =
        [new("Stabilisation", new DateOnly(2018, 4, 1)),
            new("Development and transformation", new DateOnly(2019, 4, 1))];
    private const string Exemption = "Section 75 NHS Act 2006 partnership arrangement; no competitive tender (A L770)";

    public static AwardRequest Award { get; } = new(
        "WIR-S75-2018-01", "All Age Disability and Mental Health: delegated assessment and care planning",
        ContractType.Section75Delegation, CwpId, DueDiligenceId, [Council], Council, Funding, 5_190_000m,
        new DateOnly(2018, 4, 1), new DateOnly(2022, 3, 31), 3, VatStatus.Exempt, ProcurementRoute.DirectAward,
        [CouncilApproval], new DateOnly(2018, 3, 1), ProcurementExemption: Exemption, DelegatedFunctions: Delegated,
        Phases: Phases, MonitoredOutcomes: [StatutoryOutcome.AssessingNeeds, StatutoryOutcome.PromotingWellbeing]);

    public static ContractView Contract { get; } = new(
        Guid.Parse("0190c0de-0000-7000-8000-0000000c0a75"), Award.Reference, Award.Title, Award.ContractType, false,
        CwpId, "RXA", [Council], Council, Funding, Award.StartsOn, Award.EndsOn, 3, VatStatus.Exempt,
        ProcurementRoute.DirectAward, Exemption, null, DueDiligenceId, Award.AwardedOn, [CouncilApproval],
        [new(Award.StartsOn, 5_190_000m)], [], Phases,
        Delegated, [], [], [], null, Award.EndsOn, 4 * 5_190_000m);

    public static RateInForce RateInForce { get; } = new(Guid.Parse("0190c0de-0000-7000-8000-0000000ca7d1"),
        new SegmentView(ServiceType.ResidentialCare, "Wirral West"), RateUnit.PerWeek, new DateOnly(2018, 4, 1),
        612.50m,
        new DateOnly(2018, 4, 1), null);
}
