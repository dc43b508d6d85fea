using Xunit;
using System.Text.Json;
using Commissioning.Testing.OpenApi;

namespace Gateway.Tests;

/// <summary>
/// Every path a service documents in its checked-in OpenAPI document is routed by the gateway's configuration
/// (ReverseProxy:Routes), so a new resource is never served by its service yet unreachable at the gateway; and so
/// is the AsyncAPI document of provider events.
/// </summary>
public sealed class RouteCoverageTests
{
    [Fact]
    public void Every_documented_path_of_every_service_has_a_gateway_route()
    {
        var prefixes = RoutedPrefixes();
        var documents = ShippedGateway.ServiceDocuments();
        var unrouted = documents.SelectMany(Paths)
            .Where(path => !prefixes.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(documents);
        Assert.True(unrouted.Count == 0, "Documented but not routed by the gateway:\n" + string.Join("\n", unrouted));
    }

    [Fact]
    public void Every_checked_in_asyncapi_document_has_a_gateway_route()
    {
        var documents = Directory.GetFiles(Path.Combine(CheckedInDocument.Root, "services"), "asyncapi.json",
            SearchOption.AllDirectories);

        Assert.NotEmpty(documents);
        Assert.Contains("/asyncapi.json", RoutedPrefixes());
    }

    /// <summary>The fixed part of each route's path ("/api/v1/funds" of "/api/v1/funds/{**rest}").</summary>
    private static List<string> RoutedPrefixes() =>
        ShippedGateway.Routes().Select(route => route.Match.Path!.Split('{')[0].TrimEnd('/')).ToList();

    /// <summary>
    /// The paths as the gateway is asked for them: a service's operations under /admin are reached at
    /// /admin/{service}/... (the gateway strips the service's name), so "/admin/dead-letters" of
    /// services/PooledFinance is "/admin/pooled-finance/dead-letters".
    /// </summary>
    private static IEnumerable<string> Paths((string ClusterId, string Path) document)
    {
        using var openApi = JsonDocument.Parse(File.ReadAllText(document.Path));
        return openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name)
            .Select(path => path.StartsWith("/admin/", StringComparison.Ordinal)
                ? $"/admin/{document.ClusterId}{path[6..]}" : path)
            .ToList();
    }
}
