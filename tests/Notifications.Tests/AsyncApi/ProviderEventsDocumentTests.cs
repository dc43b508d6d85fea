using System.Text.Json.Nodes;
using Commissioning.Testing;
using Commissioning.Testing.OpenApi;
using Notifications.Api.AsyncApi;
using Notifications.Api.Events;
using Notifications.Domain.Visibility;

namespace Notifications.Tests.AsyncApi;

/// <summary>
/// The AsyncAPI document providers read is the one checked in at services/Notifications/asyncapi.json, served
/// anonymously, and it describes exactly the event types the visibility table names, each payload from its proto.
/// UPDATE_ASYNCAPI=1 rewrites the file from the running service (then review the diff).
/// </summary>
public sealed class ProviderEventsDocumentTests
{
    public static readonly CheckedInDocument AsyncApi = new("services/Notifications/asyncapi.json");

    private const string Regenerate = "If the change is intended, regenerate it: "
        + "UPDATE_ASYNCAPI=1 dotnet test tests/Notifications.Tests --filter ProviderEventsDocumentTests";

    private static readonly JsonObject Document = ProviderEventsDocument.Build();

    [Fact]
    public async Task The_running_service_serves_the_checked_in_document_to_anyone()
    {
        await using var service = new ServiceUnderTest<Program>();
        using var anonymous = service.CreateClient();

        using var response = await anonymous.GetAsync(ProviderEventsDocument.Path);
        response.EnsureSuccessStatusCode();
        var running = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        if (Environment.GetEnvironmentVariable("UPDATE_ASYNCAPI") == "1") AsyncApi.Write(running);
        var checkedIn = AsyncApi.Read()
            ?? throw new InvalidOperationException($"{AsyncApi.RelativePath} is missing. {Regenerate}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.DeepEquals(checkedIn, running),
            $"The running service's document differs from {AsyncApi.RelativePath}. {Regenerate}");
    }

    [Fact]
    public void Its_event_types_are_every_type_the_visibility_rules_name_and_no_other()
    {
        var channels = Document["channels"]!.AsObject().Select(c => c.Key).ToList();
        var messages = Document["components"]!["messages"]!.AsObject()
            .Select(m => m.Value!["name"]!.GetValue<string>()).ToList();
        var operations = Document["operations"]!.AsObject()
            .Select(o => o.Value!["channel"]!["$ref"]!.GetValue<string>()["#/channels/".Length..]).ToList();

        Assert.Equal(ProviderVisibility.EventTypes.Order(), channels.Order());
        Assert.Equal(ProviderVisibility.EventTypes.Order(), messages.Order());
        Assert.Equal(ProviderVisibility.EventTypes.Order(), operations.Order());
        Assert.Equal(ProviderVisibility.EventTypes.Order(),
            ProviderEventSubscriptions.Readings.Select(r => r.Type).Order());
        Assert.All(channels, type => Assert.Equal(ProviderVisibility.RuleFor(type)!.Value.ToString(),
            Document["channels"]![type]!["x-visibility-rule"]!.GetValue<string>()));
    }

    [Fact]
    public void A_payload_schema_is_typed_from_its_proto_fields_as_the_service_writes_them()
    {
        var awarded = Data("PlacementAwardedData");

        Assert.Equal(["placementRequestId", "packageId", "provider", "status", "weeklyCost", "scoreBasisPoints"],
            awarded["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("awarded", awarded["properties"]!["status"]!["const"]!.GetValue<string>());
        Assert.Equal("string", awarded["properties"]!["provider"]!["type"]!.GetValue<string>());
        var cost = awarded["properties"]!["weeklyCost"]!;
        Assert.Equal("int64", cost["properties"]!["pence"]!["format"]!.GetValue<string>());
        Assert.Equal("integer", cost["properties"]!["pence"]!["type"]!.GetValue<string>());
        Assert.Equal(["placementRequestId", "packageId", "status", "scoreBasisPoints"],
            awarded["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("date-time", Data("PlacementOfferedData")["properties"]!["offersCloseAt"]!["format"]!
            .GetValue<string>());
        Assert.Equal("date", Data("ContractAwardedData")["properties"]!["startDate"]!["format"]!.GetValue<string>());
        Assert.Contains("Week", Data("RateChangedData")["properties"]!["unit"]!["enum"]!.AsArray()
            .Select(n => n!.GetValue<string>()));
        Assert.Equal("array", Data("ProviderAdmittedData")["properties"]!["serviceTypes"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_placement_request_payload_never_names_the_other_invited_providers()
    {
        var offered = Data("PlacementOfferedData")["properties"]!.AsObject();

        Assert.False(offered.ContainsKey("providers"));
        Assert.Equal(["placementRequestId", "packageId", "serviceType", "locality", "status", "offersCloseAt"],
            offered.Select(p => p.Key));
    }

    [Fact]
    public void Each_message_carries_the_webhook_headers_the_envelope_and_the_signature_scheme()
    {
        var message = Document["components"]!["messages"]!["PlacementOffered"]!;
        var headers = Document["components"]!["schemas"]!["StandardWebhooksHeaders"]!;
        var scheme = Document["components"]!["securitySchemes"]!["webhookSignature"]!;

        Assert.Equal("#/components/schemas/StandardWebhooksHeaders", message["headers"]!["$ref"]!.GetValue<string>());
        Assert.Equal(["webhook-id", "webhook-timestamp", "webhook-signature"],
            headers["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("application/cloudevents+json", message["contentType"]!.GetValue<string>());
        var envelope = message["payload"]!["allOf"]![1]!["properties"]!;
        Assert.Equal(ProviderEventTypes.PlacementOffered, envelope["type"]!["const"]!.GetValue<string>());
        Assert.Equal("care-packages", envelope["source"]!["const"]!.GetValue<string>());
        Assert.StartsWith("PlacementOffered.package_id", envelope["subject"]!["description"]!.GetValue<string>());
        Assert.Equal(("httpApiKey", "header", "webhook-signature"), (scheme["type"]!.GetValue<string>(),
            scheme["in"]!.GetValue<string>(), scheme["name"]!.GetValue<string>()));
    }

    private static JsonNode Data(string name) => Document["components"]!["schemas"]![name]!;
}
