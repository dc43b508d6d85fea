using Notifications.Domain.Visibility;

namespace Notifications.Api.Events;

/// <summary>
/// What the service reads from one integration event: the subject its deliveries are ordered by, the facts the
/// visibility rule needs, when it happened, the thin payload providers are sent (ids, status, the provider's
/// amounts; never a person) and, for an event that names only its contract, the contract whose provider sees it.
/// </summary>
public sealed record HeardEvent(string Subject, EventFacts Facts, DateTimeOffset? OccurredAt, object Payload,
    string? ContractId = null);
