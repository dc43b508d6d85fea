using Contracts.Domain.Agreements;
using FinancialYear = Commissioning.Domain.FinancialYear;

namespace Contracts.Api.Apis;

/// <summary>One organisation's approval, through its own governance, of an award, variation or novation.</summary>
public sealed record ApprovalView(string OrganisationCode, string ApprovedBy, DateOnly ApprovedOn)
{
    public static ApprovalView Of(Approval a) => new(a.OrganisationCode, a.ApprovedBy, a.ApprovedOn);
    public Approval ToApproval() => new(OrganisationCode, ApprovedBy, ApprovedOn);
    public static IReadOnlyList<Approval> ToApprovals(IEnumerable<ApprovalView> approvals) =>
        approvals.Select(a => a.ToApproval()).ToList();
    public static IReadOnlyList<ApprovalView> Of(IEnumerable<Approval> approvals) => approvals.Select(Of).ToList();
}

/// <summary>The pooled fund (and pot, and budget line) that pays for the contract.</summary>
public sealed record FundingView(Guid FundId, FundingPot Pot, string? BudgetLineCode = null)
{
    public static FundingView Of(ContractFunding f) => new(f.FundId, f.Pot, f.BudgetLineCode);
    public ContractFunding ToFunding() => new(FundId, Pot, BudgetLineCode);
}

/// <summary>The provider's share of an over- or underspend, capped a year where the contract says so.</summary>
public sealed record RiskShareView(decimal ProviderSharePercent, decimal? AnnualCap)
{
    public static RiskShareView? Of(ProviderRiskShare? r) =>
        r is null ? null : new(r.ProviderSharePercent, r.AnnualCap);
    public ProviderRiskShare ToRiskShare() => new(ProviderSharePercent, AnnualCap);
}

/// <summary>A named stage of the contract from a date.</summary>
public sealed record PhaseView(string Name, DateOnly StartsOn)
{
    public ContractPhase ToPhase() => new(Name, StartsOn);
}

/// <summary>A financial year, 1 April to 31 March, named by the calendar year it starts in.</summary>
public sealed record FinancialYearView(int StartYear, DateOnly Start, DateOnly End)
{
    public static FinancialYearView Of(FinancialYear y) => new(y.StartYear, y.Start, y.End);
}

/// <summary>The annual value in force from a date.</summary>
public sealed record ValuePeriodView(DateOnly From, decimal AnnualValue);

/// <summary>An extension the contract allows, used at most once and in order.</summary>
public sealed record ExtensionOptionView(int Sequence, int Months, DateOnly? ExercisedOn);

/// <summary>A QIPP savings target for a financial year.</summary>
public sealed record QippTargetView(FinancialYearView Year, decimal Savings);

/// <summary>What the contract commits in a financial year.</summary>
public sealed record CommitmentView(FinancialYearView Year, decimal Amount)
{
    public static CommitmentView Of(FinancialYearCommitment c) => new(FinancialYearView.Of(c.Year), c.Amount);
}

/// <summary>A change to value or term with the approvals that authorised it (extensions included).</summary>
public sealed record VariationView(
    int Number, string Reason, DateOnly EffectiveFrom, decimal AnnualValueBefore, decimal AnnualValueAfter,
    DateOnly EndsOnBefore, DateOnly EndsOnAfter, IReadOnlyList<ApprovalView> Approvals)
{
    public static VariationView Of(ContractVariation v) => new(v.Number, v.Reason, v.EffectiveFrom, v.AnnualValueBefore,
        v.AnnualValueAfter, v.EndsOnBefore, v.EndsOnAfter, ApprovalView.Of(v.Approvals));
}

/// <summary>The contract moved from one commissioning host to another.</summary>
public sealed record NovationView(
    string FromCommissioner, string ToCommissioner, DateOnly EffectiveOn, IReadOnlyList<ApprovalView> Approvals)
{
    public static NovationView Of(Novation n) =>
        new(n.FromCommissioner, n.ToCommissioner, n.EffectiveOn, ApprovalView.Of(n.Approvals));
}

/// <summary>Notice served by a party; the contract ends the day it runs out.</summary>
public sealed record NoticeView(
    string ServedBy, DateOnly ServedOn, DateOnly TerminatesOn, string Reason, string? ConsultationReference)
{
    public static NoticeView? Of(TerminationNotice? n) =>
        n is null ? null : new(n.ServedBy, n.ServedOn, n.TerminatesOn, n.Reason, n.ConsultationReference);
}
