using Commissioning.Domain;

namespace Contracts.Domain.Agreements;

/// <summary>What the commissioners put to award: the contract as it will be signed.</summary>
public sealed record ContractTerms
{
    public required string Reference { get; init; }
    public required string Title { get; init; }
    public required ContractType Type { get; init; }
    /// <summary>A prescribed NHS service must be let on the NHS Standard Contract (P:L438).</summary>
    public bool PrescribedNhsService { get; init; }
    public required IReadOnlyList<string> Commissioners { get; init; }
    /// <summary>The host of payment, who holds the contract for the others.</summary>
    public required string LeadCommissioner { get; init; }
    public required ContractFunding Funding { get; init; }
    public required decimal AnnualValue { get; init; }
    public required DateOnly StartsOn { get; init; }
    /// <summary>The last day of the initial term.</summary>
    public required DateOnly EndsOn { get; init; }
    public IReadOnlyList<int> ExtensionOptionMonths { get; init; } = [];
    public required int NoticeMonths { get; init; }
    public required VatStatus VatStatus { get; init; }
    public required ProcurementRoute Route { get; init; }
    public string? ProcurementExemption { get; init; }
    public ProviderRiskShare? ProviderRiskShare { get; init; }
    public IReadOnlyList<QippTarget> QippTargets { get; init; } = [];
    public IReadOnlyList<StatutoryFunction> DelegatedFunctions { get; init; } = [];
    public IReadOnlyList<ContractPhase> Phases { get; init; } = [];
    /// <summary>The pooled-finance Section 75 agreement the contract is let under (S:114-118), if any.</summary>
    public Guid? Section75AgreementId { get; init; }
    /// <summary>The partners' governance decision authorising the award, as pooled finance recorded it.</summary>
    public Guid? AuthorisingDecisionId { get; init; }
}

/// <summary>
/// The pooled-finance fund and pot the contract is paid from; pooled finance owns the fund and its rules.
/// <paramref name="BudgetLineCode"/> names the fund's line (a code such as "COUNCIL-ASC", one line a
/// financial year) that each year's commitment is posted to; without it the contract commits nothing
/// in pooled finance (a contract paid outside any pooled line).
/// </summary>
public sealed record ContractFunding(Guid FundId, FundingPot Pot, string? BudgetLineCode = null);

/// <summary>
/// The provider's share of an over- or underspend against the contract (W:428 "risk share
/// arrangements with providers"), capped a year where the contract says so.
/// </summary>
public sealed record ProviderRiskShare(decimal ProviderSharePercent, decimal? AnnualCap)
{
    public decimal ProviderShareOf(decimal variance)
    {
        var share = Money.RoundPence(variance * ProviderSharePercent / 100m);
        return AnnualCap is { } cap ? Math.Clamp(share, -cap, cap) : share;
    }
}

/// <summary>A QIPP savings target the provider has contracted to deliver in a financial year (W:428).</summary>
public sealed record QippTarget(FinancialYear Year, decimal Savings);

/// <summary>A named stage of the contract from a date, such as A's Stabilisation and Development (A L1434-1444).</summary>
public sealed record ContractPhase(string Name, DateOnly StartsOn);
