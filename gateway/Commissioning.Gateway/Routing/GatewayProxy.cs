using Commissioning.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace Commissioning.Gateway.Routing;

/// <summary>
/// YARP from the "ReverseProxy" section: routes (with their AuthorizationPolicy and
/// RateLimiterPolicy), clusters, transforms, active and passive health, load balancing. The section
/// is ordinary configuration, so environment variables such as
/// <c>ReverseProxy__Clusters__contracts__Destinations__main__Address</c> point a cluster elsewhere.
/// </summary>
public static class GatewayProxy
{
    public const string Section = "ReverseProxy";

    /// <summary>
    /// Every forwarded request carries the correlation id the gateway answers with: the caller's own
    /// when it is usable, otherwise the one the gateway made (YARP alone would pass the caller's as it came).
    /// Destinations are resolved by DNS: a destination per pod of a headless Service (<see cref="PodDestinations"/>).
    /// </summary>
    public static void AddGatewayProxy(this WebApplicationBuilder builder)
    {
        var proxy = builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection(Section))
            .AddTransforms(transforms => transforms.AddRequestTransform(transform =>
            {
                transform.ProxyRequest.Headers.Remove(CorrelationId.Header);
                transform.ProxyRequest.Headers.TryAddWithoutValidation(CorrelationId.Header,
                    CorrelationId.Of(transform.HttpContext));
                return ValueTask.CompletedTask;
            }));
        PodDestinations.Register(proxy);
    }

    /// <summary>
    /// YARP's own pipeline (affinity, load balancing, passive health) inside our error translation,
    /// which therefore sees every failure after passive health has judged it.
    /// </summary>
    public static void MapGatewayProxy(this WebApplication app) =>
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<ForwarderErrors>();
            proxy.UseMiddleware<GrpcMessageLimit>();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });

    /// <summary>The configured routes' clusters and paths, as YARP reads them.</summary>
    internal static IEnumerable<(string ClusterId, string Path)> ConfiguredRoutes(IConfiguration configuration) =>
        configuration.GetSection($"{Section}:Routes").GetChildren()
            .Select(r => (r[nameof(RouteConfig.ClusterId)] ?? "", r["Match:Path"] ?? ""));
}
