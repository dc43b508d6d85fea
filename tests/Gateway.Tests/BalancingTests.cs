using System.Net;
using System.Net.Http.Headers;
using Commissioning.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Gateway.Tests;

/// <summary>
/// A gRPC cluster whose host has an address per pod (a headless Service) is balanced per request: YARP has a
/// destination per address (the DNS destination resolver) and sends each call to the next one, though a
/// caller's calls share one HTTP/2 connection to the gateway. A host that does not resolve keeps its destination.
/// </summary>
public sealed class BalancingTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Pod = "x-pod";
    private const string CheckHeadroomPath = "/commissioning.finance.v1.FinanceService/CheckHeadroom";
    private OneNameServers<Backend> _pods = null!;
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        _pods = await OneNameServers<Backend>.Start(at => Backend.Start(MapGrpc, http2Only: true, at),
            b => b.Address.Port);
        _gateway = new GatewayHost(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["ReverseProxy:Routes:grpc:ClusterId"] = "grpc",
            ["ReverseProxy:Routes:grpc:Match:Path"] = "/commissioning.finance.v1.FinanceService/{method}",
            ["ReverseProxy:Clusters:grpc:LoadBalancingPolicy"] = "RoundRobin",
            ["ReverseProxy:Clusters:grpc:Destinations:main:Address"] = $"http://{_pods.Name}:{_pods.Port}",
            ["ReverseProxy:Clusters:grpc:HttpRequest:Version"] = "2",
            ["ReverseProxy:Clusters:grpc:HttpRequest:VersionPolicy"] = "RequestVersionExact",
            ["ReverseProxy:Routes:unresolved:ClusterId"] = "unresolved",
            ["ReverseProxy:Routes:unresolved:Match:Path"] = "/unresolved/{**rest}",
            ["ReverseProxy:Clusters:unresolved:Destinations:main:Address"] = "http://no-such-pod.invalid:8080",
        });
        await FreePort.WaitUntilListening(_gateway.HttpPort, TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _pods.DisposeAsync();
    }

    /// <summary>Each backend answers CheckHeadroom saying which of its addresses the call reached.</summary>
    private static void MapGrpc(WebApplication app) =>
        app.MapPost(CheckHeadroomPath, async (HttpContext context) =>
        {
            context.Response.ContentType = "application/grpc";
            context.Response.Headers[Pod] = context.Connection.LocalIpAddress?.ToString();
            await context.Response.Body.WriteAsync(new byte[] { 0, 0, 0, 0, 2, 8, 1 }); // one frame: field 1 = 1
            context.Response.AppendTrailer("grpc-status", "0");
        });

    [Fact]
    public async Task Calls_on_one_connection_to_the_gateway_reach_every_pod_of_a_grpc_cluster()
    {
        Assert.True(_pods.Servers.Count >= 2, $"No name here has two addresses a server can bind ({_pods.Name}).");
        using var client = _gateway.Http2For("E08000015", "finance-officer");
        var reached = new List<string>();

        for (var call = 0; call < 10 * _pods.Servers.Count; call++) reached.Add(await CheckHeadroom(client));

        // YARP's round robin over one destination per address: 10 calls each.
        Assert.Equal(_pods.Servers.Count, reached.Distinct().Count());
        Assert.All(reached.GroupBy(pod => pod), pod => Assert.Equal(10, pod.Count()));
    }

    [Fact]
    public async Task A_destination_whose_host_does_not_resolve_is_kept_and_cannot_be_reached()
    {
        using var client = _gateway.ClientFor("E08000015", "finance-officer");

        using var response = await client.GetAsync("/unresolved/anything");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    private static async Task<string> CheckHeadroom(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CheckHeadroomPath)
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0])
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/grpc") },
            },
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("0", response.TrailingHeaders.GetValues("grpc-status").Single());
        return response.Headers.GetValues(Pod).Single();
    }
}
