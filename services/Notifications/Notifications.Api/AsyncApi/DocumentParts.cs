using System.Globalization;
using System.Text.Json.Nodes;
using Commissioning.Eventing;
using Notifications.Api.Delivering;
using Notifications.Domain.Deliveries;
using Notifications.Domain.Endpoints;
using static Notifications.Api.AsyncApi.ProviderEventsDocument;

namespace Notifications.Api.AsyncApi;

/// <summary>
/// The parts of the AsyncAPI document every event type shares: what the service promises (the retry schedule,
/// ordering, at least once, from DeliverySchedule and WebhookSender), the provider's endpoint as the server,
/// the CloudEvent envelope, the Standard Webhooks 1.0 headers and the HMAC signature as the security scheme.
/// </summary>
internal static class DocumentParts
{
    public const string CloudEventsJson = CloudEvent.MediaType;
    private const string Signature = "webhookSignature";

    public static JsonObject Info() => new()
    {
        ["title"] = "Commissioning provider notifications",
        ["version"] = "v1",
        ["description"] = "What a provider's webhook endpoint is sent: every event type a provider may subscribe "
            + "to, each seen only by the providers its visibility rule names. Each delivery is one structured "
            + "CloudEvent 1.0, POSTed and signed as Standard Webhooks 1.0. At least once: deduplicate on "
            + "webhook-id. In order per subject for each endpoint. A 2xx answer is success; anything else "
            + $"(redirects included, never followed) is retried after {Schedule()}, each wait up to "
            + $"{DeliverySchedule.MaxJitter * 100:0}% longer and a longer Retry-After honoured up to "
            + $"{DeliverySchedule.MaxRetryAfter.TotalHours:0} h; 410 disables the endpoint, and so do "
            + $"{DeliverySchedule.FailingLimit.TotalDays:0} days of failures. Each attempt waits "
            + $"{WebhookSender.Timeout.TotalSeconds:0} s. Missed events can be replayed or read from the feed "
            + "(GET /api/v1/provider-events, in the OpenAPI document).",
        ["license"] = new JsonObject { ["name"] = "Open Government Licence v3.0",
            ["url"] = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" },
        ["externalDocs"] = new JsonObject
        {
            ["description"] = "Standard Webhooks 1.0",
            ["url"] = "https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md",
        },
    };

    public static JsonObject Servers() => new()
    {
        ["provider-endpoint"] = new JsonObject
        {
            ["host"] = "{host}",
            ["pathname"] = "/{path}",
            ["protocol"] = "https",
            ["title"] = "Your endpoint",
            ["description"] = "The URL a provider user registered (POST /api/v1/webhook-endpoints): https, on a "
                + "public address, that agreed to the CloudEvents webhook handshake (OPTIONS with "
                + "WebHook-Request-Origin) before its first delivery.",
            ["variables"] = new JsonObject
            {
                ["host"] = new JsonObject { ["description"] = "The registered URL's host and port." },
                ["path"] = new JsonObject { ["description"] = "The registered URL's path." },
            },
            ["security"] = new JsonArray(Ref($"#/components/securitySchemes/{Signature}")),
        },
    };

    public static JsonObject Schemas(JsonObject data)
    {
        var schemas = new JsonObject
        {
            ["CloudEvent"] = CloudEventSchema(),
            ["StandardWebhooksHeaders"] = Headers(),
        };
        foreach (var (name, schema) in data) schemas[name] = schema!.DeepClone();
        return schemas;
    }

    public static JsonObject SecuritySchemes() => new()
    {
        [Signature] = new JsonObject
        {
            ["type"] = "httpApiKey",
            ["name"] = "webhook-signature",
            ["in"] = "header",
            ["description"] = "Standard Webhooks 1.0 symmetric signature: base64 of HMAC-SHA256, keyed by the "
                + $"bytes of the endpoint's secret (the base64 after '{SigningSecret.Prefix}', shown once when the "
                + "endpoint is registered or its secret rotated), over '{webhook-id}.{webhook-timestamp}.{body}'. "
                + "Verify with any Standard Webhooks library, try every 'v1,' signature of the header, and refuse "
                + "a webhook-timestamp more than 5 minutes from your clock.",
        },
    };

    private static JsonObject Headers() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["webhook-id"] = Text("^msg_[0-9a-f]{32}$",
                "'msg_' and the event id (its 32 hex digits): the same on every retry and replay."),
            ["webhook-timestamp"] = Text("^[0-9]+$",
                "When this attempt was signed, in whole seconds since the Unix epoch."),
            ["webhook-signature"] = Text("^v1,[A-Za-z0-9+/]+={0,2}( v1,[A-Za-z0-9+/]+={0,2})*$",
                "One 'v1,<base64>' per secret that signs now, newest first, space-delimited: two during a "
                + "rotation's overlap, so a receiver holding either secret verifies."),
        },
        ["required"] = new JsonArray("webhook-id", "webhook-timestamp", "webhook-signature"),
    };

    private static JsonObject CloudEventSchema() => new()
    {
        ["type"] = "object",
        ["description"] = "A structured CloudEvent 1.0 (application/cloudevents+json).",
        ["properties"] = new JsonObject
        {
            ["specversion"] = new JsonObject { ["type"] = "string", ["const"] = "1.0" },
            ["id"] = new JsonObject { ["type"] = "string", ["format"] = "uuid",
                ["description"] = "The event's id, as the publishing service's outbox gave it." },
            ["source"] = new JsonObject { ["type"] = "string", ["description"] = "The publishing service." },
            ["type"] = new JsonObject { ["type"] = "string" },
            ["subject"] = new JsonObject { ["type"] = "string", ["description"] = "The aggregate it concerns." },
            ["time"] = new JsonObject { ["type"] = "string", ["format"] = "date-time",
                ["description"] = "When it happened, UTC to the millisecond." },
            ["datacontenttype"] = new JsonObject { ["type"] = "string", ["const"] = "application/json" },
            ["data"] = new JsonObject { ["type"] = "object" },
        },
        ["required"] = new JsonArray("specversion", "id", "source", "type", "subject", "time", "datacontenttype",
            "data"),
    };

    private static JsonObject Text(string pattern, string description) => new()
    {
        ["type"] = "string", ["pattern"] = pattern, ["description"] = description,
    };

    /// <summary>"0 s, 5 s, 5 min, …": the waits before attempts 2 onwards.</summary>
    private static string Schedule() => string.Join(", ", DeliverySchedule.Delays.Skip(1).Select(Wait));

    private static string Wait(TimeSpan wait) => wait switch
    {
        { TotalHours: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{wait.TotalHours:0} h"),
        { TotalMinutes: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{wait.TotalMinutes:0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{wait.TotalSeconds:0} s"),
    };
}
