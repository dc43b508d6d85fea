using System.Net;
using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace Commissioning.Gateway.Routing;

/// <summary>
/// Every destination becomes one per address its host resolves to (YARP's DNS destination resolver,
/// <c>AddDnsDestinationResolver</c>), so a cluster whose host is a headless Service has a destination per pod
/// and YARP balances each request over them, with active and passive health per pod; a ClusterIP name resolves
/// to its one address. The names are resolved again every <see cref="RefreshPeriod"/>.
/// One destination at a time, unlike YARP's resolver, which fails the whole configuration when one host does
/// not resolve (a headless Service with no ready pod yet, a name only a container network knows): YARP's first
/// load failing stops the gateway. Such a destination is kept as configured and connected to by name.
/// </summary>
internal sealed class PodDestinations(IDestinationResolver dns, ILogger<PodDestinations> logger) : IDestinationResolver
{
    public static readonly TimeSpan RefreshPeriod = TimeSpan.FromSeconds(30);

    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>();
        foreach (var (id, destination) in destinations)
        {
            try
            {
                var one = await dns.ResolveDestinationsAsync(
                    new Dictionary<string, DestinationConfig> { [id] = destination }, cancellationToken);
                foreach (var (name, config) in one.Destinations.Where(d => !LinkLocal(d.Value)))
                    resolved[name] = config;
            }
            catch (InvalidOperationException e)
            {
                logger.LogWarning(e, "Destination {Destination} ({Address}) kept unresolved", id, destination.Address);
                resolved[id] = destination;
            }
        }
        // One refresh for all, including the ones that failed.
        return new ResolvedDestinationCollection(resolved,
            new CancellationChangeToken(new CancellationTokenSource(RefreshPeriod).Token));
    }

    /// <summary>
    /// An IPv6 link-local address (a machine's own name may resolve to one; a pod's never does) cannot be reached
    /// from a destination URL, which loses its zone: connecting fails with "Invalid argument".
    /// </summary>
    private static bool LinkLocal(DestinationConfig destination) =>
        IPAddress.TryParse(new Uri(destination.Address).Host.Trim('[', ']'), out var address)
        && address.IsIPv6LinkLocal;

    /// <summary>YARP's DNS resolver (its type is internal), wrapped.</summary>
    public static void Register(IReverseProxyBuilder proxy)
    {
        proxy.AddDnsDestinationResolver(o => o.RefreshPeriod = RefreshPeriod);
        var yarps = proxy.Services.Last(d => d.ServiceType == typeof(IDestinationResolver));
        proxy.Services.Remove(yarps);
        proxy.Services.AddSingleton<IDestinationResolver>(provider => new PodDestinations(
            (IDestinationResolver)ActivatorUtilities.CreateInstance(provider, yarps.ImplementationType!),
            provider.GetRequiredService<ILogger<PodDestinations>>()));
    }
}
