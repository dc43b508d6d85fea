using Commissioning.Gateway.Forwarding;

namespace Commissioning.Gateway.Routing;

/// <summary>Maps every configured route to the forwarder, with the route's authorization policy.</summary>
public static class RouteTable
{
    public static void MapProxyRoutes(this WebApplication app)
    {
        var config = app.Configuration.GetSection(ProxyConfig.Section).Get<ProxyConfig>() ?? new ProxyConfig();
        var clusters = app.Services.GetRequiredService<Clusters>();
        foreach (var (id, route) in config.Routes)
        {
            var cluster = clusters.Get(route.ClusterId)
                ?? throw new InvalidOperationException($"Route '{id}' names cluster '{route.ClusterId}', which is not configured.");
            var target = new ProxyTarget(id, route, cluster);
            var endpoint = app.MapMethods(route.Match.Path, (IEnumerable<string>?)route.Match.Methods ?? AllMethods,
                (HttpContext context, Forwarder forwarder) => forwarder.Forward(context, target)).WithName(id);
            if (route.AuthorizationPolicy.Equals("anonymous", StringComparison.OrdinalIgnoreCase)) endpoint.AllowAnonymous();
            else if (route.AuthorizationPolicy.Equals("default", StringComparison.OrdinalIgnoreCase)) endpoint.RequireAuthorization();
            else endpoint.RequireAuthorization(route.AuthorizationPolicy);
        }
    }

    private static readonly string[] AllMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
}

/// <summary>One route bound to its cluster.</summary>
public sealed record ProxyTarget(string RouteId, RouteConfig Route, Cluster Cluster);
