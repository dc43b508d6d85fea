using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Notifications.Domain.Endpoints;

namespace Notifications.Api.Receivers;

/// <summary>
/// Checks a webhook URL at the edge: resolves its host with <see cref="Dns"/> and hands every address to the
/// domain's <see cref="EndpointAddressRule"/>, which refuses loopback (unless allowed), private, link-local,
/// unspecified and metadata addresses. A host that does not resolve gives the rule no address, so it is refused.
/// </summary>
public sealed class ReceiverAddresses(IOptions<ReceiverOptions> options)
{
    public async Task<EndpointAddress> Check(string? url, CancellationToken cancellationToken)
    {
        var resolved = await Resolve(url, cancellationToken);
        return EndpointAddressRule.Check(url, resolved, options.Value.AllowLoopback);
    }

    private static async Task<IReadOnlyCollection<IPAddress>> Resolve(string? url, CancellationToken cancellationToken)
    {
        // The rule says what is wrong with a URL that is not one; an IP literal is its own address.
        if (!Uri.TryCreate((url ?? "").Trim(), UriKind.Absolute, out var uri)
            || uri.HostNameType != UriHostNameType.Dns)
            return [];
        try
        {
            return await Dns.GetHostAddressesAsync(uri.DnsSafeHost, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }
    }
}
