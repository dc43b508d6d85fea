using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commissioning.Eventing;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Deliveries;
using Notifications.Domain.Endpoints;
using StandardWebhooks;

namespace Notifications.Api.Delivering;

/// <summary>
/// One attempt of a delivery: POSTs the event as a structured CloudEvent (application/cloudevents+json) signed
/// as Standard Webhooks 1.0 by the StandardWebhooks package: webhook-id (msg_ and the event id, the same on
/// every retry and replay), webhook-timestamp and webhook-signature, one "v1,…" per secret that signs now (both
/// during a rotation's overlap). The client follows no redirect and waits at most 10 s; at most 1 KB of the
/// answer is read. Every time is the service's clock's.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string Client = "deliveries";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<AttemptResult> Send(WebhookEndpoint endpoint, Delivery delivery, ReceivedEvent received,
        CancellationToken cancellationToken)
    {
        var body = Body(received);
        var at = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
        request.Content = new StringContent(body, Encoding.UTF8, CloudEvent.MediaType);
        request.Headers.TryAddWithoutValidation("webhook-id", delivery.MessageId);
        request.Headers.TryAddWithoutValidation("webhook-timestamp",
            at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", string.Join(' ', endpoint.SigningSecrets(at)
            .Select(secret => new StandardWebhook(secret.Value).Sign(delivery.MessageId, at, body))));
        var started = clock.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(Client)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var excerpt = await Excerpt(response, cancellationToken);
            return AttemptResult.Answered((int)response.StatusCode, clock.GetElapsedTime(started), excerpt,
                RetryAfter(response, at));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException
                                  && !cancellationToken.IsCancellationRequested)
        {
            var failure = e is HttpRequestException refused
                ? Receivers.CheckedConnections.Explain(refused)
                : $"No answer within {Timeout.TotalSeconds:0} s.";
            return AttemptResult.NoAnswer(failure, clock.GetElapsedTime(started));
        }
    }

    /// <summary>The structured CloudEvent a receiver gets: the event's id, source, type, subject and time.</summary>
    public static string Body(ReceivedEvent received) => new JsonObject
    {
        ["specversion"] = "1.0",
        ["id"] = received.EventId,
        ["source"] = received.Source,
        ["type"] = received.Type,
        ["subject"] = received.Subject,
        ["time"] = DateTime.SpecifyKind(received.OccurredUtc, DateTimeKind.Utc)
            .ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        ["datacontenttype"] = "application/json",
        ["data"] = JsonNode.Parse(received.Payload),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    /// <summary>At most <see cref="ResponseExcerpt.MaxBytes"/> of the answer are read, whatever the receiver sends.
    /// </summary>
    private static async Task<string?> Excerpt(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[ResponseExcerpt.MaxBytes];
        var read = 0;
        int got;
        while (read < buffer.Length && (got = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
            read += got;
        return read == 0 ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset at) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - at,
            _ => null,
        };
}
