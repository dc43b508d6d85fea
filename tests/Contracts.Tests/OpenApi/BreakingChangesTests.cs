using System.Text.Json.Nodes;
using Commissioning.Testing.OpenApi;

namespace Contracts.Tests.OpenApi;

/// <summary>The breaking-change check, on the checked-in contracts document and a copy with one change.</summary>
public sealed class BreakingChangesTests
{
    private readonly JsonObject _before = ContractsDocumentTests.Contracts.Read()!;
    private readonly JsonObject _after = ContractsDocumentTests.Contracts.Read()!;

    private JsonObject Schema(string name) => _after["components"]!["schemas"]![name]!.AsObject();

    [Fact]
    public void The_same_document_breaks_nothing() => Assert.Empty(BreakingChanges.Between(_before, _after));

    [Fact]
    public void A_removed_operation_breaks_its_callers()
    {
        _after["paths"]!["/api/v1/contracts"]!.AsObject().Remove("post");

        Assert.Equal(["POST /api/v1/contracts: operation removed"], BreakingChanges.Between(_before, _after));
    }

    [Fact]
    public void A_removed_response_property_breaks_every_operation_that_answers_with_it()
    {
        Schema("ContractsProvider")["properties"]!.AsObject().Remove("odsCode");

        var breaks = BreakingChanges.Between(_before, _after);

        Assert.Contains("POST /api/v1/providers 201: response property 'odsCode' removed", breaks);
        Assert.Contains("GET /api/v1/providers 200[]: response property 'odsCode' removed", breaks);
    }

    [Fact]
    public void A_property_removed_deep_inside_a_response_is_found()
    {
        Schema("ContractsSegment")["properties"]!.AsObject().Remove("locality");

        Assert.Contains("GET /api/v1/rate-cards/rate-in-force 200 segment: response property 'locality' removed",
            BreakingChanges.Between(_before, _after));
    }

    [Fact]
    public void A_newly_required_request_property_breaks_callers_that_do_not_send_it()
    {
        Schema("ContractsAwardRequest")["required"]!.AsArray().Add("prescribedNhsService");

        Assert.Equal(["POST /api/v1/contracts request: request property 'prescribedNhsService' is newly required"],
            BreakingChanges.Between(_before, _after));
    }

    [Fact]
    public void A_new_optional_response_property_and_a_renamed_schema_break_nothing()
    {
        Schema("ContractsProvider")["properties"]!["region"] = new JsonObject { ["type"] = "string" };
        var schemas = _after["components"]!["schemas"]!.AsObject();
        var segment = schemas["ContractsSegment"]!.DeepClone();
        schemas.Remove("ContractsSegment");
        schemas["ContractsMarketSegment"] = segment;
        Rename(_after, "#/components/schemas/ContractsSegment", "#/components/schemas/ContractsMarketSegment");

        Assert.DoesNotContain("ContractsSegment\"", _after.ToJsonString());

        Assert.Empty(BreakingChanges.Between(_before, _after));
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
