namespace Notifications.Domain.Endpoints;

/// <summary>
/// What a receiver answered to the CloudEvents webhook validation request (CloudEvents HTTP Webhook
/// spec §4.1): the sender sends <c>OPTIONS</c> with <c>WebHook-Request-Origin: &lt;our origin&gt;</c> and
/// the receiver agrees by answering 2xx with <c>WebHook-Allowed-Origin</c> naming that origin or "*".
/// </summary>
public sealed record HandshakeAnswer(int StatusCode, string? AllowedOrigin, string RequestOrigin);

public static class CloudEventsHandshake
{
    /// <summary>
    /// Rule HandshakeAnswered: a 2xx answer that allows our origin. Anything else (no answer, a redirect,
    /// another origin) leaves the endpoint unvalidated: a URL that never agreed to receive is never sent to.
    /// </summary>
    public static bool Agrees(HandshakeAnswer answer) =>
        answer.StatusCode is >= 200 and <= 299 && answer.AllowedOrigin?.Trim() is { } allowed
        && (allowed == "*" || string.Equals(allowed, answer.RequestOrigin.Trim(), StringComparison.OrdinalIgnoreCase));
}
