using System.Text.Json.Nodes;
using Commissioning.Testing.OpenApi;

namespace Contracts.Tests.OpenApi;

/// <summary>The breaking-change check, on the checked-in contracts document and a copy with one change.</summary>
public sealed class BreakingChangesTests
{
    private readonly DocumentChange _change = new(ContractsDocumentTests.Contracts);
    private JsonObject After => _change.After;

    private JsonObject Schema(string name) => _change.Schema(name);

    [Fact]
    public void The_same_document_breaks_nothing() => Assert.Empty(_change.Breaks());

    [Fact]
    public void A_removed_operation_breaks_its_callers()
    {
        After["paths"]!["/api/v1/contracts"]!.AsObject().Remove("post");

        Assert.Equal(["POST /api/v1/contracts: operation removed"], _change.Breaks());
    }

    [Fact]
    public void A_removed_response_property_breaks_every_operation_that_answers_with_it()
    {
        Schema("ContractsProvider")["properties"]!.AsObject().Remove("odsCode");

        var breaks = _change.Breaks();

        Assert.Contains("POST /api/v1/providers 201: response property 'odsCode' removed", breaks);
        Assert.Contains("GET /api/v1/providers 200[]: response property 'odsCode' removed", breaks);
    }

    [Fact]
    public void A_property_removed_deep_inside_a_response_is_found()
    {
        Schema("ContractsSegment")["properties"]!.AsObject().Remove("locality");

        Assert.Contains("GET /api/v1/rate-cards/rate-in-force 200 segment: response property 'locality' removed",
            _change.Breaks());
    }

    [Fact]
    public void A_newly_required_request_property_breaks_callers_that_do_not_send_it()
    {
        Schema("ContractsAwardRequest")["required"]!.AsArray().Add("prescribedNhsService");

        Assert.Equal(["POST /api/v1/contracts request: request property 'prescribedNhsService' is newly required"],
            _change.Breaks());
    }

    [Fact]
    public void A_new_optional_response_property_and_a_renamed_schema_break_nothing()
    {
        Schema("ContractsProvider")["properties"]!["region"] = new JsonObject { ["type"] = "string" };
        var schemas = After["components"]!["schemas"]!.AsObject();
        var segment = schemas["ContractsSegment"]!.DeepClone();
        schemas.Remove("ContractsSegment");
        schemas["ContractsMarketSegment"] = segment;
        Rename(After, "#/components/schemas/ContractsSegment", "#/components/schemas/ContractsMarketSegment");

        Assert.DoesNotContain("ContractsSegment\"", After.ToJsonString());

        Assert.Empty(_change.Breaks());
    }

    private static void Rename(JsonNode? node, string from, string to)
    {
        if (node is JsonObject o)
        {
            if (o["$ref"]?.GetValue<string>() == from) o["$ref"] = to;
            foreach (var (_, child) in o.ToList()) Rename(child, from, to);
        }
        else if (node is JsonArray a) foreach (var child in a) Rename(child, from, to);
    }
}
