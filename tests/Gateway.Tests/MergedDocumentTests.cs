using System.Text.Json.Nodes;
using Commissioning.Gateway.Documentation;
using Commissioning.Testing.OpenApi;
using Xunit;

namespace Gateway.Tests;

/// <summary>
/// The document partners read at /openapi/v1.json, merged from every checked-in service document as the gateway
/// merges what its backends serve (issue 14 item 1): spectral:oas finds nothing in it, no schema name clashes
/// between services, and each service's /admin operations are documented at the path the gateway routes.
/// </summary>
public sealed class MergedDocumentTests
{
    private static readonly JsonObject Merged = OpenApiMerge.Merge(ShippedGateway.ServiceDocuments()
        .Select(d => new ServiceDocument(d.ClusterId, JsonNode.Parse(File.ReadAllText(d.Path))!.AsObject(),
            MergedOpenApi.AdminPrefixOf(ShippedGateway.Routes(), d.ClusterId))));

    [Fact]
    public void Spectral_finds_nothing_in_the_merged_document()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("merged-openapi-").FullName, "openapi.json");
        File.WriteAllText(file, Merged.ToJsonString());

        var findings = SpectralLint.Findings(file);

        Assert.True(findings.Count == 0, "spectral:oas on the merged document:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void No_schema_name_is_defined_differently_by_two_services()
    {
        Assert.Empty(Merged["x-merge-conflicts"]!.AsArray());
        Assert.True(Merged["components"]!["schemas"]!.AsObject().Count > 100);
    }

    [Fact]
    public void Each_service_s_admin_operations_are_documented_where_the_gateway_routes_them()
    {
        var paths = Merged["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.DoesNotContain("/admin/dead-letters", paths);
        foreach (var (cluster, _) in ShippedGateway.ServiceDocuments())
            Assert.Contains($"/admin/{cluster}/dead-letters", paths);
    }
}
