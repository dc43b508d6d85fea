using Contracts.Domain.Agreements;
using Contracts.Domain.Monitoring;
using FinancialYear = Commissioning.Domain.FinancialYear;

namespace Contracts.Api.Apis;

public sealed record QippTargetRequest(string FinancialYear, decimal Savings);

/// <summary>The contract as put to award, with the approvals and the due diligence it rests on.</summary>
public sealed record AwardRequest(
    string Reference, string Title, ContractType ContractType, Guid ProviderId, Guid? DueDiligenceId,
    IReadOnlyList<string> Commissioners, string LeadCommissioner, FundingView Funding, decimal AnnualValue,
    DateOnly StartsOn, DateOnly EndsOn, int NoticeMonths, VatStatus VatStatus, ProcurementRoute Route,
    IReadOnlyList<ApprovalView> Approvals, DateOnly AwardedOn,
    bool PrescribedNhsService = false, string? ProcurementExemption = null,
    IReadOnlyList<int>? ExtensionOptionMonths = null, RiskShareView? ProviderRiskShare = null,
    IReadOnlyList<QippTargetRequest>? QippTargets = null, IReadOnlyList<StatutoryFunction>? DelegatedFunctions = null,
    IReadOnlyList<PhaseView>? Phases = null, IReadOnlyList<StatutoryOutcome>? MonitoredOutcomes = null,
    Guid? Section75AgreementId = null, Guid? AuthorisingDecisionId = null)
{
    public ContractTerms ToTerms() => new()
    {
        Reference = Reference, Title = Title, Type = ContractType, PrescribedNhsService = PrescribedNhsService,
        Commissioners = Commissioners, LeadCommissioner = LeadCommissioner, Funding = Funding.ToFunding(),
        AnnualValue = AnnualValue, StartsOn = StartsOn, EndsOn = EndsOn,
        ExtensionOptionMonths = ExtensionOptionMonths ?? [],
        NoticeMonths = NoticeMonths, VatStatus = VatStatus, Route = Route, ProcurementExemption = ProcurementExemption,
        ProviderRiskShare = ProviderRiskShare?.ToRiskShare(),
        QippTargets = (QippTargets ?? [])
            .Select(t => new QippTarget(FinancialYear.Parse(t.FinancialYear), t.Savings)).ToList(),
        DelegatedFunctions = DelegatedFunctions ?? [], Phases = (Phases ?? []).Select(p => p.ToPhase()).ToList(),
        Section75AgreementId = Section75AgreementId, AuthorisingDecisionId = AuthorisingDecisionId,
    };
}

public sealed record VariationBody(
    string Reason, DateOnly EffectiveFrom, decimal? AnnualValueChange, DateOnly? NewEndsOn,
    IReadOnlyList<ApprovalView> Approvals)
{
    public VariationRequest ToVariation() =>
        new(Reason, EffectiveFrom, AnnualValueChange, NewEndsOn, ApprovalView.ToApprovals(Approvals));
}
public sealed record ExtensionRequest(DateOnly ExercisedOn, IReadOnlyList<ApprovalView> Approvals);
public sealed record NovationRequest(
    string ToCommissioner, DateOnly EffectiveOn, IReadOnlyList<ApprovalView> Approvals);
public sealed record NoticeRequest(DateOnly ServedOn, string Reason, string? ConsultationReference = null);
