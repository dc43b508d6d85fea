using System.Net;
using System.Net.Sockets;
using Commissioning.Grpc;
using Commissioning.Protos.Finance.V1;
using Commissioning.Testing;
using Grpc.Core;
using Xunit;
using static Commissioning.Testing.PartnerClients;

namespace Grpc.Tests;

/// <summary>
/// A dns:/// target is balanced per call: one client (one channel, as AddPartnerGrpcClient makes it) reaches
/// every server the name resolves to, as a client of a headless Service reaches every pod.
/// </summary>
public sealed class BalancingTests : IAsyncLifetime
{
    private readonly List<GrpcTestServer> _servers = [];
    private string _name = "";
    private int _port;
    private static readonly CallOptions Authorised = Bearer(GrpcTestServer.Token(), TimeSpan.FromSeconds(10));

    /// <summary>
    /// A name with two local addresses (as a headless Service's name has one per pod), and a real Kestrel
    /// server on each at one port. localhost has two where it resolves to 127.0.0.1 and ::1; else the
    /// machine's own name, which resolves to its interfaces' addresses.
    /// </summary>
    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "localhost", Dns.GetHostName() })
        {
            await StopServers();
            _name = name;
            var addresses = (await Dns.GetHostAddressesAsync(name)).Distinct()
                .Where(a => a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6);
            foreach (var address in addresses)
            {
                // The first server picks a free port; the others must share it, as every pod listens on one.
                try { _servers.Add(await GrpcTestServer.StartSample(at: new IPEndPoint(address, _port))); }
                catch (IOException) { continue; }
                if (_port == 0) _port = _servers[0].Address.Port;
            }
            if (_servers.Count >= 2) return;
            _port = 0;
        }
    }

    [Fact]
    public async Task Calls_through_one_client_of_a_dns_address_reach_every_server_the_name_resolves_to()
    {
        Assert.True(_servers.Count >= 2, $"No name here resolves to two local addresses a server can bind ({_name}).");
        using var clients = new PartnerClients(new Uri($"dns:///{_name}:{_port}"));
        var request = new CheckHeadroomRequest { BudgetLineId = "balanced", Amount = SampleServices.Pence(1) };

        // Round robin sends each call to the next ready connection; the first calls may find one ready.
        for (var call = 0; call < 100 && _servers.Any(s => s.Sample.Attempts("CheckHeadroom:balanced") == 0); call++)
            Assert.True((await clients.Finance.CheckHeadroomAsync(request, Authorised)).Sufficient);
        var before = _servers.Select(s => s.Sample.Attempts("CheckHeadroom:balanced")).ToList();
        for (var call = 0; call < 10 * _servers.Count; call++) await clients.Finance.CheckHeadroomAsync(request, Authorised);

        Assert.All(_servers, s => Assert.NotEqual(0, s.Sample.Attempts("CheckHeadroom:balanced")));
        // Once every connection is ready the calls are spread evenly, not left on the first server.
        Assert.All(_servers.Select((s, i) => s.Sample.Attempts("CheckHeadroom:balanced") - before[i]),
            n => Assert.Equal(10, n));
    }

    [Fact]
    public void Two_dns_targets_have_a_breaker_each()
    {
        var breakers = new TargetBreakers();
        var options = new GrpcClientOptions();

        var finance = breakers.For(new Uri("dns:///pooled-finance-grpc:8081"), options);
        var contracts = breakers.For(new Uri("dns:///contracts-grpc:8081"), options);

        Assert.NotSame(finance, contracts);
        Assert.Same(finance, breakers.For(new Uri("dns:///pooled-finance-grpc:8081"), options));
    }

    public Task DisposeAsync() => StopServers();

    private async Task StopServers()
    {
        foreach (var server in _servers) await server.DisposeAsync();
        _servers.Clear();
    }
}
