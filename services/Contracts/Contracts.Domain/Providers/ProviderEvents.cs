using Commissioning.Domain;

namespace Contracts.Domain.Providers;

/// <summary>
/// The provider has become ineligible for brokerage (suspended, excluded, rated Inadequate or under
/// a serious concern) or eligible again. Care packages stop or resume offering it placements at once.
/// </summary>
public sealed record ProviderBrokerageEligibilityChanged(
    Guid ProviderId, string OdsCode, bool Eligible, string Reason, DateOnly EffectiveOn) : IDomainEvent;

/// <summary>P event ProviderLivingWageStatusChanged: contracts and brokerage both check it.</summary>
public sealed record ProviderLivingWageStatusChanged(
    Guid ProviderId, string OdsCode, LivingWageStatus Status, DateOnly EffectiveOn) : IDomainEvent;
