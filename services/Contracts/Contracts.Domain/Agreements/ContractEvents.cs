using Commissioning.Domain;

namespace Contracts.Domain.Agreements;

public sealed record ContractAwarded(
    Guid ContractId, string Reference, ContractType Type, Guid ProviderId, string ProviderOdsCode,
    string LeadCommissioner, IReadOnlyList<string> Commissioners, Guid FundId, FundingPot Pot,
    decimal AnnualValue, DateOnly StartsOn, DateOnly EndsOn, VatStatus VatStatus,
    IReadOnlyList<FinancialYearCommitment> Commitments) : IDomainEvent;

/// <summary>Value or term changed; <see cref="Commitments"/> replaces every earlier commitment of this contract.</summary>
public sealed record ContractVaried(
    Guid ContractId, int VariationNumber, DateOnly EffectiveFrom, decimal AnnualValue, DateOnly EndsOn,
    IReadOnlyList<FinancialYearCommitment> Commitments) : IDomainEvent;

public sealed record ContractNovated(Guid ContractId, string FromCommissioner, string ToCommissioner, DateOnly EffectiveOn) : IDomainEvent;

public sealed record ContractTerminationNoticed(
    Guid ContractId, string ServedBy, DateOnly ServedOn, DateOnly TerminatesOn,
    IReadOnlyList<FinancialYearCommitment> Commitments) : IDomainEvent;
