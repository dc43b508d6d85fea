using Commissioning.Identity;
using static Commissioning.Identity.Roles;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// Who may do what in the notifications service (issue 14): the roles a route admits, by the rule's name. The
/// owner tenancy then narrows a provider user to its own organisation's endpoints (another's is a 404).
/// </summary>
public static class NotificationsPolicies
{
    /// <summary>
    /// A provider user reads its own organisation's webhook endpoints and their deliveries; a platform
    /// administrator reads every one (issue 19 capabilities 1 and 3).
    /// </summary>
    public static readonly RolePolicy ReadsWebhookEndpoints =
        new("reads-webhook-endpoints", [ProviderUser, PlatformAdmin]);

    /// <summary>
    /// Only the owner's provider users register an endpoint, rotate its secret, disable or enable it; an
    /// administrator reads but does not act for a provider.
    /// </summary>
    public static readonly RolePolicy ManagesWebhookEndpoints = new("manages-webhook-endpoints", [ProviderUser]);

    /// <summary>The owner replays the deliveries its endpoint missed (issue 19 capability 4).</summary>
    public static readonly RolePolicy ReplaysDeliveries = new("replays-deliveries", [ProviderUser]);

    /// <summary>A provider system pulls the events its organisation may see from the feed.</summary>
    public static readonly RolePolicy PullsProviderEvents = new("pulls-provider-events", [ProviderUser]);

    public static readonly RolePolicy[] All =
        [ReadsWebhookEndpoints, ManagesWebhookEndpoints, ReplaysDeliveries, PullsProviderEvents];
}
