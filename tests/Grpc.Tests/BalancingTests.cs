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
    private OneNameServers<GrpcTestServer> _pods = null!;
    private static readonly CallOptions Authorised = Bearer(GrpcTestServer.Token(), TimeSpan.FromSeconds(10));

    public async Task InitializeAsync() =>
        _pods = await OneNameServers<GrpcTestServer>.Start(at => GrpcTestServer.StartSample(at: at),
            s => s.Address.Port);

    [Fact]
    public async Task Calls_through_one_client_of_a_dns_address_reach_every_server_the_name_resolves_to()
    {
        var servers = _pods.Servers;
        Assert.True(servers.Count >= 2, $"No name here resolves to two addresses a server can bind ({_pods.Name}).");
        using var clients = new PartnerClients(new Uri($"dns:///{_pods.Name}:{_pods.Port}"));
        var request = new CheckHeadroomRequest { BudgetLineId = "balanced", Amount = SampleServices.Pence(1) };

        // Round robin sends each call to the next ready connection; the first calls may find one ready.
        for (var call = 0; call < 100 && servers.Any(s => s.Sample.Attempts("CheckHeadroom:balanced") == 0); call++)
            Assert.True((await clients.Finance.CheckHeadroomAsync(request, Authorised)).Sufficient);
        var before = servers.Select(s => s.Sample.Attempts("CheckHeadroom:balanced")).ToList();
        for (var call = 0; call < 10 * servers.Count; call++)
            await clients.Finance.CheckHeadroomAsync(request, Authorised);

        Assert.All(servers, s => Assert.NotEqual(0, s.Sample.Attempts("CheckHeadroom:balanced")));
        // Once every connection is ready the calls are spread (10 each, give or take where round robin's
        // picker is rebuilt, starting at a random connection), not left on the first server.
        Assert.All(servers.Select((s, i) => s.Sample.Attempts("CheckHeadroom:balanced") - before[i]),
            n => Assert.InRange(n, 5, 15));
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

    public async Task DisposeAsync() => await _pods.DisposeAsync();
}
