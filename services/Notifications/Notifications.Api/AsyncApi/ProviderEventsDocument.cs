using System.Globalization;
using System.Text.Json.Nodes;
using Notifications.Api.Events;
using Notifications.Domain.Visibility;

namespace Notifications.Api.AsyncApi;

/// <summary>
/// The AsyncAPI 3.0 document of what a provider's endpoint is sent (issue 19 capability 6), built from the
/// service's own tables: one channel and one "send" operation per event type the visibility table names
/// (<see cref="ProviderVisibility.EventTypes"/>, each with its rule), the data schema derived from the event's
/// proto message and the service's reading of it (<see cref="PayloadSchemas"/>), the CloudEvent envelope
/// <see cref="Delivering.WebhookSender"/> writes, the Standard Webhooks headers as message headers and the
/// signature as the security scheme. Anonymous at GET /asyncapi.json, checked in at services/Notifications.
/// </summary>
public static class ProviderEventsDocument
{
    public const string Path = "/asyncapi.json";

    private static readonly Lazy<string> Served = new(() => Build().ToJsonString());

    public static void MapProviderEventsDocument(this WebApplication app) =>
        app.MapGet(Path, () => Results.Content(Served.Value, "application/json"))
            .AllowAnonymous().ExcludeFromDescription();

    public static JsonObject Build()
    {
        var readings = ProviderVisibility.EventTypes.Select(Reading).ToList();
        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["id"] = "urn:commissioning:notifications:provider-events",
            ["info"] = DocumentParts.Info(),
            ["defaultContentType"] = DocumentParts.CloudEventsJson,
            ["servers"] = DocumentParts.Servers(),
            ["channels"] = Each(readings, r => r.Type, Channel),
            ["operations"] = Each(readings, OperationKey, Operation),
            ["components"] = new JsonObject
            {
                ["schemas"] = DocumentParts.Schemas(Each(readings, r => DataSchemaKey(r), PayloadSchemas.Data)),
                ["messages"] = Each(readings, r => r.Message.Name, Message),
                ["securitySchemes"] = DocumentParts.SecuritySchemes(),
            },
        };
    }

    /// <summary>The reading of a type the table names; a row without one is a service that cannot hear it.</summary>
    private static ProviderEventReading Reading(string type) =>
        ProviderEventSubscriptions.Readings.SingleOrDefault(r => r.Type == type)
        ?? throw new InvalidOperationException($"The visibility table names {type}, which no subscription reads.");

    private static JsonObject Each(IEnumerable<ProviderEventReading> readings, Func<ProviderEventReading, string> key,
        Func<ProviderEventReading, JsonNode> value)
    {
        var map = new JsonObject();
        foreach (var reading in readings) map[key(reading)] = value(reading);
        return map;
    }

    private static JsonNode Channel(ProviderEventReading reading) => new JsonObject
    {
        ["address"] = null,
        ["title"] = Title(reading),
        ["description"] = $"{Title(reading)} events, POSTed to each endpoint whose event types include {reading.Type}."
            + $" Who is sent them: {Seen(ProviderVisibility.RuleFor(reading.Type))}",
        ["messages"] = new JsonObject { [reading.Message.Name] = Ref($"#/components/messages/{reading.Message.Name}") },
        ["x-visibility-rule"] = ProviderVisibility.RuleFor(reading.Type)?.ToString(),
    };

    private static JsonNode Operation(ProviderEventReading reading) => new JsonObject
    {
        ["action"] = "send",
        ["channel"] = Ref($"#/channels/{reading.Type}"),
        ["title"] = $"Send {Title(reading).ToLowerInvariant()}",
        ["summary"] = $"The service POSTs each {reading.Type} event to the endpoints that want it and may see it.",
        ["messages"] = new JsonArray(Ref($"#/channels/{reading.Type}/messages/{reading.Message.Name}")),
        ["bindings"] = new JsonObject
        {
            ["http"] = new JsonObject { ["method"] = "POST", ["bindingVersion"] = "0.3.0" },
        },
    };

    private static JsonNode Message(ProviderEventReading reading) => new JsonObject
    {
        ["name"] = reading.Type,
        ["title"] = Title(reading),
        ["summary"] = $"A structured CloudEvent of type {reading.Type} from {reading.Source}.",
        ["contentType"] = DocumentParts.CloudEventsJson,
        ["headers"] = Ref("#/components/schemas/StandardWebhooksHeaders"),
        ["correlationId"] = new JsonObject
        {
            ["description"] = "The same on every retry and replay of the event: deduplicate on it.",
            ["location"] = "$message.header#/webhook-id",
        },
        ["payload"] = new JsonObject
        {
            ["allOf"] = new JsonArray(Ref("#/components/schemas/CloudEvent"), Envelope(reading)),
        },
    };

    /// <summary>What the envelope says of this type: its type and source, the subject's field, its data.</summary>
    private static JsonObject Envelope(ProviderEventReading reading) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string", ["const"] = reading.Type },
            ["source"] = new JsonObject { ["type"] = "string", ["const"] = reading.Source },
            ["subject"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = $"{PayloadSchemas.SubjectField(reading)}: deliveries of one subject to one "
                    + "endpoint go in order.",
            },
            ["data"] = Ref($"#/components/schemas/{DataSchemaKey(reading)}"),
        },
    };

    private static string OperationKey(ProviderEventReading reading) => "send" + reading.Message.Name;

    private static string DataSchemaKey(ProviderEventReading reading) => reading.Message.Name + "Data";

    /// <summary>"placement-offered" is "Placement offered".</summary>
    private static string Title(ProviderEventReading reading)
    {
        var words = reading.Name.Replace('-', ' ');
        return char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    private static string Seen(VisibilityRule? rule) => rule switch
    {
        VisibilityRule.InvitedProviders => "only the providers the placement request invites, never the others.",
        VisibilityRule.OfferingProviderOnly => "only the provider whose offer it concerns, never its competitors.",
        VisibilityRule.NamedProviderOnly => "only the provider it names (for a contract, the contract's provider).",
        _ => "nobody.",
    };

    internal static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };
}
