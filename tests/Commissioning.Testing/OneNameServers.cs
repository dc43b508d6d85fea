using System.Net;
using System.Net.Sockets;

namespace Commissioning.Testing;

/// <summary>
/// Real servers behind one name, as a headless Service's name resolves to a record per pod: a server on each
/// address of a name with two or more, all on one port. localhost has two where it resolves to 127.0.0.1 and
/// ::1; otherwise the machine's own name, which resolves to its interfaces' addresses.
/// </summary>
public sealed class OneNameServers<TServer> : IAsyncDisposable where TServer : IAsyncDisposable
{
    private OneNameServers(string name, int port, IReadOnlyList<TServer> servers) =>
        (Name, Port, Servers) = (name, port, servers);

    public string Name { get; }
    public int Port { get; }
    /// <summary>One per address of the name: two or more when a name here has addresses a server can bind.</summary>
    public IReadOnlyList<TServer> Servers { get; }

    /// <param name="start">Starts a server at the end point (port 0: a free one).</param>
    /// <param name="port">The port a started server listens on.</param>
    public static async Task<OneNameServers<TServer>> Start(Func<IPEndPoint, Task<TServer>> start,
        Func<TServer, int> port)
    {
        var last = new OneNameServers<TServer>("localhost", 0, []);
        foreach (var name in new[] { "localhost", Dns.GetHostName() })
        {
            await last.DisposeAsync();
            var servers = new List<TServer>();
            var shared = 0;
            var addresses = (await Dns.GetHostAddressesAsync(name)).Distinct()
                .Where(a => a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
                .Where(a => !a.IsIPv6LinkLocal) // A pod's address never is; a URL loses its zone.
                .ToList();
            foreach (var address in addresses)
            {
                // The first server picks a free port; the others share it, as every pod listens on one.
                try { servers.Add(await start(new IPEndPoint(address, shared))); }
                catch (IOException) { continue; }
                if (shared == 0) shared = port(servers[0]);
            }
            last = new OneNameServers<TServer>(name, shared, servers);
            // Every address served, as every record of a headless Service is a ready pod.
            if (servers.Count >= 2 && servers.Count == addresses.Count) break;
        }
        return last;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in Servers) await server.DisposeAsync();
    }
}
