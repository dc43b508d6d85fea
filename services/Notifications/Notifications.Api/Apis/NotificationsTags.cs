using Commissioning.ServiceDefaults.OpenApi;

namespace Notifications.Api.Apis;

/// <summary>The tags of the notifications document, declared once (the document transformer lists them).</summary>
public static class NotificationsTags
{
    public static readonly PartnerTag WebhookEndpoints = new("Webhook endpoints",
        "A provider organisation's webhook endpoints: the URL (https, public addresses only), the event types it "
        + "wants, its Standard Webhooks signing secret and its rotation, and the CloudEvents handshake that "
        + "activates it.");
    public static readonly PartnerTag Deliveries = new("Deliveries",
        "The events sent to an endpoint as signed Standard Webhooks, every attempt, and replays of what it missed.");
    public static readonly PartnerTag ProviderEvents = new("Provider events",
        "The feed of the events a provider organisation may see, cursor-paged and newest last, for pulling.");
    public static readonly PartnerTag DeadLetters = new("Dead letters",
        "Operations: events this service could not process, for a platform administrator.");

    public static IReadOnlyList<PartnerTag> All { get; } = [WebhookEndpoints, Deliveries, ProviderEvents, DeadLetters];
}
