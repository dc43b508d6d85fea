using System.Text.Json;
using Commissioning.Testing.OpenApi;
using Yarp.ReverseProxy.Configuration;

namespace Gateway.Tests;

/// <summary>
/// What the repository ships: the gateway's routes as configured, and each service's checked-in document.
/// </summary>
internal static class ShippedGateway
{
    /// <summary>
    /// ReverseProxy:Routes of the gateway's appsettings.json, with their clusters, paths and transforms.
    /// </summary>
    public static IReadOnlyList<RouteConfig> Routes()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(CheckedInDocument.Root,
            "gateway/Commissioning.Gateway/appsettings.json")));
        return settings.RootElement.GetProperty("ReverseProxy").GetProperty("Routes").EnumerateObject()
            .Select(route => new RouteConfig
            {
                RouteId = route.Name,
                ClusterId = route.Value.GetProperty("ClusterId").GetString(),
                Match = new RouteMatch { Path = route.Value.GetProperty("Match").GetProperty("Path").GetString() },
                Transforms = route.Value.TryGetProperty("Transforms", out var transforms)
                    ? transforms.EnumerateArray().Select(t => (IReadOnlyDictionary<string, string>)t.EnumerateObject()
                        .ToDictionary(p => p.Name, p => p.Value.GetString()!)).ToList()
                    : null,
            })
            .ToList();
    }

    /// <summary>
    /// Every services/*/openapi.json with the gateway's cluster for it: the cluster of the route that serves its
    /// first /api path ("statutory-returns" for services/Returns), else its folder's name in kebab case.
    /// </summary>
    public static IReadOnlyList<(string ClusterId, string Path)> ServiceDocuments()
    {
        var routes = Routes();
        return Directory.GetFiles(Path.Combine(CheckedInDocument.Root, "services"), "openapi.json",
                SearchOption.AllDirectories)
            .Select(path => (ClusterOf(path, routes) ?? Kebab(Path.GetFileName(Path.GetDirectoryName(path)!)), path))
            .OrderBy(d => d.Item2, StringComparer.Ordinal)
            .ToList();
    }

    private static string? ClusterOf(string document, IReadOnlyList<RouteConfig> routes)
    {
        using var openApi = JsonDocument.Parse(File.ReadAllText(document));
        var first = openApi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name)
            .FirstOrDefault(p => p.StartsWith("/api/", StringComparison.Ordinal));
        return first is null ? null : routes.FirstOrDefault(r => first.StartsWith(
            r.Match.Path!.Split('{')[0].TrimEnd('/'), StringComparison.Ordinal))?.ClusterId;
    }

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));
}
