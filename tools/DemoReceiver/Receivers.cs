using System.Collections.Concurrent;
using System.Text.Json;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace DemoReceiver;

/// <summary>One delivery as a provider's system would log it: what the event is, and whether it was ours.</summary>
public sealed record Delivery(string WebhookId, string? Type, string? Subject, bool Verified, int Copies,
    DateTimeOffset FirstReceivedAt);

/// <summary>
/// The receivers by name, each with the secret it was given and the deliveries it kept. A receiver deduplicates on
/// webhook-id, as the Standard Webhooks spec asks of receivers: a retry or replay counts as a copy, not a delivery.
/// </summary>
public sealed class Receivers(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, string> _secrets = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Delivery>> _kept = new();

    public void Hold(string name, string secret) => _secrets[name] = secret;

    public Delivery Take(string name, IHeaderDictionary headers, string body)
    {
        var id = headers["webhook-id"].ToString();
        var received = new Delivery(id, Field(body, "type"), Field(body, "subject"), Verified(name, headers, body), 1,
            clock.GetUtcNow());
        return _kept.GetOrAdd(name, _ => new()).AddOrUpdate(id, received, (_, kept) => kept with
        {
            Copies = kept.Copies + 1, Verified = kept.Verified && received.Verified,
        });
    }

    public IReadOnlyList<Delivery> Deliveries(string name) =>
        _kept.TryGetValue(name, out var kept) ? kept.Values.OrderBy(d => d.FirstReceivedAt).ToList() : [];

    private bool Verified(string name, IHeaderDictionary headers, string body)
    {
        if (!_secrets.TryGetValue(name, out var secret)) return false;
        try
        {
            new StandardWebhook(secret).Verify(body, headers);
            return true;
        }
        catch (WebhookVerificationException)
        {
            return false;
        }
    }

    private static string? Field(string body, string name)
    {
        try
        {
            return JsonDocument.Parse(body).RootElement.TryGetProperty(name, out var value) ? value.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
