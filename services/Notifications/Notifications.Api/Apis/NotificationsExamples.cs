using Notifications.Domain.Endpoints;
using Notifications.Domain.Visibility;

namespace Notifications.Api.Apis;

/// <summary>
/// The documented examples: a care home's rostering system subscribing to the placement requests it is invited
/// to and to the awards of its offers. The secret is an example's (the base64 of 24 zero bytes), never one issued.
/// </summary>
public static class NotificationsExamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);

    public static NewWebhookEndpoint NewEndpoint { get; } = new("https://rostering.example-care.co.uk/webhooks",
        [ProviderEventTypes.PlacementAwarded, ProviderEventTypes.PlacementOffered], "Rostering: placements");

    public static WebhookEndpointView Endpoint { get; } = new(Guid.Parse("0190f1a0-0000-7000-8000-0000000e0001"),
        "PRV-0042", NewEndpoint.Url, NewEndpoint.EventTypes, NewEndpoint.Description, EndpointStatus.Active, At, At,
        null, null, null, [new SigningSecretView(At, null)]);

    public static IssuedSecretView Issued { get; } =
        new(SigningSecret.Prefix + Convert.ToBase64String(new byte[24]), Endpoint);
}
