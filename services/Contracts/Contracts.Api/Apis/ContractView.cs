using Contracts.Domain.Agreements;

namespace Contracts.Api.Apis;

/// <summary>A contract as awarded and as changed since: terms, value history, variations, novations, notice.</summary>
public sealed record ContractView(
    Guid Id, string Reference, string Title, ContractType Type, bool PrescribedNhsService, Guid ProviderId,
    string ProviderOdsCode, IReadOnlyList<string> Commissioners, string LeadCommissioner, FundingView Funding,
    DateOnly StartsOn, DateOnly EndsOn, int NoticeMonths, VatStatus VatStatus, ProcurementRoute Route,
    string? ProcurementExemption, RiskShareView? ProviderRiskShare, Guid DueDiligenceId, DateOnly AwardedOn,
    IReadOnlyList<ApprovalView> AwardApprovals, IReadOnlyList<ValuePeriodView> ValuePeriods,
    IReadOnlyList<ExtensionOptionView> ExtensionOptions, IReadOnlyList<PhaseView> Phases,
    IReadOnlyList<StatutoryFunction> DelegatedFunctions, IReadOnlyList<QippTargetView> QippTargets,
    IReadOnlyList<VariationView> Variations, IReadOnlyList<NovationView> Novations, NoticeView? Notice,
    DateOnly LastDay, decimal TotalValue, Guid? Section75AgreementId = null, DateOnly? Section75SignedOn = null,
    bool Section75SignedLate = false, Guid? AuthorisingDecisionId = null)
{
    public static ContractView Of(CommissioningContract c) => new(
        c.Id, c.Reference, c.Title, c.Type, c.PrescribedNhsService, c.ProviderId, c.ProviderOdsCode, c.Commissioners,
        c.LeadCommissioner, FundingView.Of(c.Funding), c.StartsOn, c.EndsOn, c.NoticeMonths, c.VatStatus, c.Route,
        c.ProcurementExemption, RiskShareView.Of(c.ProviderRiskShare), c.DueDiligenceId, c.AwardedOn,
        ApprovalView.Of(c.AwardApprovals),
        c.ValuePeriods.Select(v => new ValuePeriodView(v.From, v.AnnualValue)).ToList(),
        c.ExtensionOptions.Select(e => new ExtensionOptionView(e.Sequence, e.Months, e.ExercisedOn)).ToList(),
        c.Phases.Select(p => new PhaseView(p.Name, p.StartsOn)).ToList(), c.DelegatedFunctions,
        c.QippTargets.Select(q => new QippTargetView(FinancialYearView.Of(q.Year), q.Savings)).ToList(),
        c.Variations.Select(VariationView.Of).ToList(), c.Novations.Select(NovationView.Of).ToList(),
        NoticeView.Of(c.Notice), c.LastDay, c.TotalValue, c.Section75AgreementId, c.Section75SignedOn,
        c.Section75SignedLate, c.AuthorisingDecisionId);
}

/// <summary>A contract on one date: its phase (none before it starts or after it ends), standing, last day.</summary>
public sealed record ContractPhaseOnView(DateOnly On, string? Phase, DateOnly? PhaseStartsOn, ContractStatus Status,
    DateOnly EndsOn, DateOnly LastDay)
{
    public static ContractPhaseOnView Of(CommissioningContract c, DateOnly on)
    {
        var phase = c.PhaseOn(on);
        return new(on, phase?.Name, phase?.StartsOn, c.StatusOn(on), c.EndsOn, c.LastDay);
    }
}
