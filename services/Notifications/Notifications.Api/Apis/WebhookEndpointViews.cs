using Notifications.Domain.Endpoints;

namespace Notifications.Api.Apis;

/// <summary>
/// A webhook endpoint as its provider sees it: never a secret's value, only when each secret that signs now
/// started and, for the one a rotation replaced, until when it still signs.
/// </summary>
public sealed record WebhookEndpointView(Guid Id, string Owner, string Url, IReadOnlyList<string> EventTypes,
    string? Description, EndpointStatus Status, DateTimeOffset RegisteredAt, DateTimeOffset? ValidatedAt,
    string? DisabledReason, DateTimeOffset? DisabledAt, DateTimeOffset? FailingSince,
    IReadOnlyList<SigningSecretView> SigningSecrets)
{
    public static WebhookEndpointView Of(WebhookEndpoint e, DateTimeOffset now) => new(e.Id, e.Owner.Value,
        e.Url.AbsoluteUri, e.EventTypes.ToList(), e.Description, e.Status, e.RegisteredAt, e.ValidatedAt,
        e.DisabledReason, e.DisabledAt, e.FailingSince,
        e.SigningSecrets(now).Select(s => new SigningSecretView(s.CreatedAt, s.RetiresAt)).ToList());
}

/// <summary>A secret that signs deliveries now, newest first; <c>signsUntil</c> is set during a rotation's overlap.
/// </summary>
public sealed record SigningSecretView(DateTimeOffset CreatedAt, DateTimeOffset? SignsUntil);

/// <summary>
/// A signing secret issued to the provider: shown this once, in the answer to a registration or a rotation,
/// and never again. Keep it where the receiver verifies signatures.
/// </summary>
public sealed record IssuedSecretView(string Secret, WebhookEndpointView Endpoint);
