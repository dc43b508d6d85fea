using System.Net;
using System.Net.Sockets;
using Commissioning.Domain;
using Notifications.Domain.Endpoints;

namespace Notifications.Api.Receivers;

/// <summary>
/// Rule EndpointAddressSafe again at connect time, against DNS rebinding: a host that resolved to a public address
/// when its endpoint was registered may resolve to 10.0.0.5 or the metadata address by the time a delivery goes.
/// So every connection the handshake and the sender open resolves the host itself, hands the addresses to the
/// same rule, and connects only to those (never letting the socket resolve the name again). Pooled connections
/// live two minutes, so a receiver's address is looked up afresh at least that often. No redirect is followed.
/// </summary>
public static class CheckedConnections
{
    public static SocketsHttpHandler Handler(bool allowLoopback) => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => Connect(context, allowLoopback, cancellationToken),
    };

    /// <summary>The rule's own words when it refused the connection, else the transport's.</summary>
    public static string Explain(HttpRequestException failure) =>
        failure.InnerException is RuleViolation refused ? refused.Message : failure.Message;

    private static async ValueTask<Stream> Connect(SocketsHttpConnectionContext context, bool allowLoopback,
        CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        EndpointAddressRule.Check(context.InitialRequestMessage.RequestUri?.AbsoluteUri, addresses, allowLoopback);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
