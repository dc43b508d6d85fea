using Xunit;
using System.Text.Json;
using Commissioning.Testing.OpenApi;

namespace Gateway.Tests;

/// <summary>
/// Every path a service documents in its checked-in OpenAPI document is routed by the gateway's configuration
/// (ReverseProxy:Routes), so a new resource is never served by its service yet unreachable at the gateway.
/// </summary>
public sealed class RouteCoverageTests
{
    [Fact]
    public void Every_documented_path_of_every_service_has_a_gateway_route()
    {
        var prefixes = RoutedPrefixes();
        var documents = Directory.GetFiles(Path.Combine(CheckedInDocument.Root, "services"), "openapi.json",
            SearchOption.AllDirectories);
        var unrouted = documents.SelectMany(Paths)
            .Where(path => !prefixes.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(documents);
        Assert.True(unrouted.Count == 0, "Documented but not routed by the gateway:\n" + string.Join("\n", unrouted));
    }

    /// <summary>The fixed part of each route's path ("/api/v1/funds" of "/api/v1/funds/{**rest}").</summary>
    private static List<string> RoutedPrefixes()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(CheckedInDocument.Root,
            "gateway/Commissioning.Gateway/appsettings.json")));
        return settings.RootElement.GetProperty("ReverseProxy").GetProperty("Routes").EnumerateObject()
            .Select(route => route.Value.GetProperty("Match").GetProperty("Path").GetString()!)
            .Select(path => path.Split('{')[0].TrimEnd('/'))
            .ToList();
    }

    /// <summary>
    /// The paths as the gateway is asked for them: a service's operations under /admin are reached at
    /// /admin/{service}/... (the gateway strips the service's name), so "/admin/dead-letters" of
    /// services/PooledFinance is "/admin/pooled-finance/dead-letters".
    /// </summary>
    private static IEnumerable<string> Paths(string document)
    {
        var service = Kebab(Path.GetFileName(Path.GetDirectoryName(document)!));
        using var openApi = JsonDocument.Parse(File.ReadAllText(document));
        return openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name)
            .Select(path => path.StartsWith("/admin/", StringComparison.Ordinal)
                ? $"/admin/{service}{path[6..]}" : path)
            .ToList();
    }

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));
}
