using Commissioning.Domain;
using Notifications.Domain.SeedWork;

namespace Notifications.Domain.Endpoints;

public sealed record EndpointRegistered(Guid EndpointId, OrganisationCode Owner, string Url,
    IReadOnlyList<string> EventTypes, DateTimeOffset At) : IDomainEvent;

public sealed record EndpointValidated(Guid EndpointId, OrganisationCode Owner, DateTimeOffset At) : IDomainEvent;

/// <summary>The signing secret changed; the previous one still signs until <see cref="PreviousSignsUntil"/>.</summary>
public sealed record EndpointSecretRotated(Guid EndpointId, OrganisationCode Owner, DateTimeOffset At,
    DateTimeOffset PreviousSignsUntil) : IDomainEvent;

/// <summary>
/// The endpoint stopped receiving: by its provider, after a 410 answer or after 5 days of failures. The
/// provider is told by this event and on its endpoint view (issue 19 capability 3).
/// </summary>
public sealed record EndpointDisabled(Guid EndpointId, OrganisationCode Owner, string Reason, DateTimeOffset At)
    : IDomainEvent;

public sealed record EndpointEnabled(Guid EndpointId, OrganisationCode Owner, DateTimeOffset At) : IDomainEvent;
