using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Balancer;
using Grpc.Net.Client.Configuration;

namespace Commissioning.Grpc;

/// <summary>
/// A target named <c>dns:///host:port</c> (a headless Service: one DNS record per pod) is balanced per call:
/// the channel resolves every address, keeps a connection to each and sends each call to the next
/// (round_robin). An HTTP/2 connection carries every call, so a plain <c>http://</c> target behind a
/// ClusterIP Service would put every call of this client on the one pod its connection reached.
/// </summary>
public static class PerCallBalancing
{
    public const string Scheme = "dns";

    /// <summary>
    /// How often the addresses are resolved again, so pods that start are used (a lost connection
    /// re-resolves at once).
    /// </summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    public static bool IsBalanced(Uri target) => target.Scheme == Scheme;

    /// <summary>
    /// Round robin over the resolved addresses, with insecure credentials: a dns: address does not say
    /// http, and the partners speak h2c on the cluster network. A plain address is left as it is.
    /// </summary>
    public static void Apply(GrpcChannelOptions channel, Uri target, IServiceProvider provider)
    {
        if (!IsBalanced(target)) return;
        channel.ServiceConfig ??= new ServiceConfig();
        channel.ServiceConfig.LoadBalancingConfigs.Add(new RoundRobinConfig());
        channel.Credentials = ChannelCredentials.Insecure;
        // The resolver factory registered with the client (its refresh interval) is found here.
        channel.ServiceProvider = provider;
    }

    public static ResolverFactory Resolver() => new DnsResolverFactory(RefreshInterval);
}
