using Commissioning.Domain;
using Notifications.Domain.SeedWork;
using Notifications.Domain.Visibility;

namespace Notifications.Domain.Endpoints;

/// <summary>
/// A provider organisation's webhook endpoint: where its events go, which event types it wants and the
/// secrets that sign them (Standard Webhooks 1.0). It is active only once the receiver answered the
/// CloudEvents handshake and while it is enabled. Its provider owns it: only it sees and changes it.
/// </summary>
public sealed partial class WebhookEndpoint : AggregateRoot
{
    private const int DescriptionMax = 500;
    private readonly List<string> _eventTypes = [];
    // Kept in the store (the deliveries sign with them) but never written to the audit trail.
    [Confidential] private readonly List<SigningSecret> _secrets = [];

    private WebhookEndpoint() { }

    public OrganisationCode Owner { get; private set; }
    public Uri Url { get; private set; } = null!;
    public IReadOnlyList<string> EventTypes => _eventTypes;
    public string? Description { get; private set; }
    public EndpointStatus Status { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset? ValidatedAt { get; private set; }
    public string? DisabledReason { get; private set; }
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsActive => Status == EndpointStatus.Active;

    public static WebhookEndpoint Register(OrganisationCode owner, EndpointAddress address,
        IReadOnlyCollection<string> eventTypes, string? description, SigningSecret secret, DateTimeOffset at)
    {
        RequireEventTypes(eventTypes);
        EndpointRules.DescriptionLength.Require((description?.Trim().Length ?? 0) <= DescriptionMax, "description",
            $"A description is at most {DescriptionMax} characters.");
        var endpoint = new WebhookEndpoint
        {
            Owner = owner, Url = address.Url, RegisteredAt = at, Status = EndpointStatus.AwaitingValidation,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
        };
        endpoint._eventTypes.AddRange(eventTypes.Select(t => t.Trim()).Distinct().Order(StringComparer.Ordinal));
        endpoint._secrets.Add(secret with { CreatedAt = at, RetiresAt = null });
        endpoint.Raise(new EndpointRegistered(endpoint.Id, owner, address.ToString(), endpoint.EventTypes, at));
        return endpoint;
    }

    /// <summary>
    /// Rule EventTypesAProviderMaySee: at least one type, each one the visibility table names, so an
    /// endpoint never waits for events no provider is ever shown.
    /// </summary>
    private static void RequireEventTypes(IReadOnlyCollection<string> eventTypes)
    {
        EndpointRules.EventTypesNamed.Require(eventTypes.Count > 0, "eventTypes",
            "Name at least one event type to receive.");
        var unknown = eventTypes.Where(t => !ProviderVisibility.Names(t?.Trim() ?? "")).ToArray();
        EndpointRules.EventTypesAProviderMaySee.Require(unknown.Length == 0, "eventTypes",
            $"No provider is sent {string.Join(", ", unknown.Select(t => $"'{t}'"))}.");
    }

    /// <summary>Whether the endpoint subscribed to <paramref name="eventType"/> (whatever its status).</summary>
    public bool Wants(string eventType) => _eventTypes.Contains(eventType, StringComparer.Ordinal);

    /// <summary>Rule OwnEndpointsOnly: a provider sees and changes only its own organisation's endpoints.</summary>
    public void RequireOwner(OrganisationCode caller)
    {
        if (caller != Owner)
            throw EndpointRules.OwnEndpointsOnly.Broken("endpointId", "The endpoint belongs to another organisation.");
    }
}
