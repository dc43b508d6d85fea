using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Commissioning.Eventing.Outbox;
using Dapr;
using Dapr.Client;
using Microsoft.Extensions.Options;

namespace Commissioning.Eventing.Sidecar;

/// <summary>
/// Hands outbox rows to the sidecar with <see cref="DaprClient"/> (gRPC). Each row goes as our own
/// structured CloudEvent, so the id, type, source, subject and traceparent are ours, not the sidecar's; the
/// cloudevent.* metadata says the same for a sidecar that builds its own envelope. Every call is bounded
/// by <see cref="EventingOptions.PublishTimeout"/>.
/// </summary>
public sealed class SidecarPublisher(DaprClient dapr, IOptions<EventingOptions> options)
{
    private readonly EventingOptions _options = options.Value;

    public async Task<PublishOutcome> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var timeout = Bounded(cancellationToken);
        using var span = EventTracing.StartPublish([message]);
        try
        {
            await dapr.PublishByteEventAsync(_options.PubSub, message.Topic, Envelope(message), CloudEvent.MediaType,
                Metadata(message), timeout.Token);
            return PublishOutcome.Published;
        }
        catch (Exception e) when (e is DaprException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            span?.SetStatus(ActivityStatusCode.Error, e.Message);
            return PublishOutcome.Failed($"sidecar refused or did not answer: {e.InnerException?.Message ?? e.Message}");
        }
    }

    /// <summary>
    /// One bulk publish of rows of one topic, in their order. Returns the ids of the rows that did not go
    /// (all of them when the sidecar could not be reached), each with its error.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> PublishBulkAsync(IReadOnlyList<OutboxMessage> messages,
        CancellationToken cancellationToken)
    {
        using var timeout = Bounded(cancellationToken);
        var events = messages.Select(BulkEvent).ToList();
        using var span = EventTracing.StartPublish(messages);
        try
        {
            var response = await dapr.BulkPublishEventAsync(_options.PubSub, messages[0].Topic, events,
                cancellationToken: timeout.Token);
            if (response.FailedEntries is [var first, ..])
                span?.SetStatus(ActivityStatusCode.Error, first.ErrorMessage);
            return response.FailedEntries.ToDictionary(f => Guid.Parse(f.Entry.EventData.Id), f => f.ErrorMessage);
        }
        catch (Exception e) when (e is DaprException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var error = $"sidecar refused or did not answer: {e.InnerException?.Message ?? e.Message}";
            span?.SetStatus(ActivityStatusCode.Error, error);
            return messages.ToDictionary(m => m.Id, _ => error);
        }
    }

    private CancellationTokenSource Bounded(CancellationToken cancellationToken)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        return timeout;
    }

    private static Dictionary<string, string> Metadata(OutboxMessage message) => new()
    {
        ["cloudevent.id"] = message.Id.ToString(),
        ["cloudevent.type"] = message.Type,
        ["cloudevent.source"] = message.Source,
        ["cloudevent.subject"] = message.Subject,
    };

    /// <summary>
    /// A bulk entry: Dapr's CloudEvent type, so DaprClient sends it as application/cloudevents+json, with
    /// every attribute set (the sidecar keeps an app's own CloudEvent as it is).
    /// </summary>
    private static Dapr.CloudEvent<JsonElement> BulkEvent(OutboxMessage message) => new(JsonDocument.Parse(message.Payload).RootElement)
    {
        Id = message.Id.ToString(),
        Source = new Uri(message.Source, UriKind.RelativeOrAbsolute),
        Type = message.Type,
        Subject = message.Subject,
        Time = DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc),
        TraceParent = message.TraceParent,
    };

    internal static byte[] Envelope(OutboxMessage message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", message.Id.ToString());
            json.WriteString("source", message.Source);
            json.WriteString("type", message.Type);
            json.WriteString("subject", message.Subject);
            json.WriteString("time", DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc));
            json.WriteString("datacontenttype", "application/json");
            if (message.TraceParent is not null) json.WriteString("traceparent", message.TraceParent);
            json.WritePropertyName("data");
            json.WriteRawValue(Encoding.UTF8.GetBytes(message.Payload));
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}

public readonly record struct PublishOutcome(bool Succeeded, string? Error)
{
    public static readonly PublishOutcome Published = new(true, null);
    public static PublishOutcome Failed(string error) => new(false, error);
}
