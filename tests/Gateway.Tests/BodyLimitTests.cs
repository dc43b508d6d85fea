using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Gateway.Tests;

/// <summary>
/// The shipped routes and clusters, pointed at real loopback backends, with the shipped body limit
/// (Limits:MaxRequestBodyBytes, 1 MiB by default as in the README). A body over it is the caller's
/// fault: the gateway answers it with a 413 problem, and neither it nor a caller who gives up
/// mid-upload counts against the backend in YARP's passive health. A gRPC request, one message on
/// every route, is held to Limits:MaxGrpcMessageBytes (4 MiB), the size the services accept too:
/// larger is RESOURCE_EXHAUSTED from the gateway.
/// </summary>
public sealed class BodyLimitTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private const long MiB = 1024 * 1024;
    private static readonly long[] Oversized = [2 * MiB, 50 * MiB];
    private static readonly long[] OversizedGrpc = [5 * MiB, 50 * MiB];
    private static readonly IConfiguration Shipped = new ConfigurationBuilder()
        .AddJsonFile(GatewayHost.ShippedSettings).Build().GetSection("ReverseProxy");

    private Backend _rest = null!;
    private Backend _grpc = null!;
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        _rest = await Backend.Start(MapBackend);
        _grpc = await Backend.Start(MapBackend, http2Only: true);
        var settings = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["RateLimits:Burst"] = "100000",
            // A cluster whose only destination refuses connections: what a real backend failure looks like.
            ["ReverseProxy:Routes:refusing:ClusterId"] = "refusing",
            ["ReverseProxy:Routes:refusing:Match:Path"] = "/refusing/{**rest}",
            ["ReverseProxy:Clusters:refusing:Destinations:main:Address"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["ReverseProxy:Clusters:refusing:HealthCheck:AvailableDestinationsPolicy"] = "HealthyAndUnknown",
            ["ReverseProxy:Clusters:refusing:HealthCheck:Passive:Enabled"] = "true",
            ["ReverseProxy:Clusters:refusing:HealthCheck:Passive:Policy"] = "TransportFailureRate",
            ["ReverseProxy:Clusters:refusing:HealthCheck:Passive:ReactivationPeriod"] = "00:05:00",
        };
        foreach (var cluster in Shipped.GetSection("Clusters").GetChildren())
            settings[$"ReverseProxy:Clusters:{cluster.Key}:Destinations:main:Address"] =
                (cluster["HttpRequest:Version"] == "2" ? _grpc : _rest).Address.ToString();
        _gateway = new GatewayHost(settings, shipped: true);
        await FreePort.WaitUntilListening(_gateway.HttpPort, TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _rest.DisposeAsync();
        await _grpc.DisposeAsync();
    }

    /// <summary>Reads whatever it is sent, as a service under its own limit would, and says how much.</summary>
    private static void MapBackend(WebApplication app)
    {
        app.MapGet("/health/ready", () => "Healthy");
        app.Map("/{**path}", async (HttpRequest request) =>
        {
            var received = 0L;
            var buffer = new byte[64 * 1024];
            for (int read; (read = await request.Body.ReadAsync(buffer)) > 0;) received += read;
            return Results.Ok(new { received });
        });
    }

    /// <summary>Every shipped REST route whose methods allow a body.</summary>
    public static TheoryData<string> BodyTakingRoutes()
    {
        var routes = new TheoryData<string>();
        foreach (var route in Shipped.GetSection("Routes").GetChildren().Where(r => !IsGrpc(r.Key)))
        {
            var methods = route.GetSection("Match:Methods").Get<string[]>();
            if (methods is null || methods.Any(m => m is "POST" or "PUT" or "PATCH")) routes.Add(route.Key);
        }
        return routes;
    }

    private static string PathOf(string routeId) => Shipped[$"Routes:{routeId}:Match:Path"]!
        .Replace("{**rest}", "probe").Replace("{method}", "Probe");

    /// <summary>gRPC routes are those whose cluster is spoken to over HTTP/2 with prior knowledge.</summary>
    private static bool IsGrpc(string routeId) =>
        Shipped[$"Clusters:{Shipped[$"Routes:{routeId}:ClusterId"]}:HttpRequest:Version"] == "2";

    /// <summary>
    /// How a body can arrive: its length declared and, on HTTP/1.1, behind <c>Expect: 100-continue</c>
    /// (RFC 9110 section 10.1.1: the refusal comes before the body is sent); or over HTTP/2 (the h2c
    /// port serves every route too), declared or not, where the refusal comes mid-upload.
    /// </summary>
    private static readonly (bool Http2, bool Declared, bool Expect)[] Arrivals =
        [(false, true, true), (true, true, false), (true, false, false)];

    /// <summary>
    /// On HTTP/1.1 without <c>Expect</c>, its length declared or chunked. .NET's HttpClient reads no answer on
    /// HTTP/1.1 until it has sent the whole body, so the 413 is read only if the gateway drains the rest of the
    /// body rather than closing the connection on it (which the client saw as a reset).
    /// </summary>
    private static readonly (bool Http2, bool Declared, bool Expect)[] Unannounced =
        [(false, true, false), (false, false, false)];

    [Theory]
    [MemberData(nameof(BodyTakingRoutes))]
    public async Task A_body_over_the_limit_is_refused_by_the_gateway_and_the_backend_stays_healthy(string routeId)
    {
        foreach (var size in Oversized)
        foreach (var arrival in Arrivals)
        {
            using var response = await Send(routeId, size, arrival);
            await AssertTooLarge(response, $"{size} bytes, {arrival}");
        }
        // A burst: three times the ten failures in a minute after which YARP's passive health would judge.
        for (var i = 0; i < 30; i++) (await Send(routeId, Oversized[i % 2], Arrivals[i % Arrivals.Length])).Dispose();
        await AssertBackendServes(routeId);
    }

    [Fact]
    public async Task A_body_over_the_limit_sent_without_waiting_is_answered_413_and_never_reset()
    {
        const string routeId = "care-packages-assessments";
        for (var i = 0; i < 10; i++)
        foreach (var size in new[] { 2 * MiB, 8 * MiB })
        foreach (var arrival in Unannounced)
        {
            using var response = await Send(routeId, size, arrival);
            await AssertTooLarge(response, $"{size} bytes, {arrival}");
        }
        await AssertBackendServes(routeId);
    }

    [Fact]
    public async Task Uploads_their_callers_abandon_leave_the_backend_healthy()
    {
        const string routeId = "care-packages-assessments";
        for (var i = 0; i < 30; i++)
        {
            using var client = _gateway.ClientFor("E08000015", AllRoles);
            var gaveUp = Task.FromException(new IOException("caller gave up"));
            var body = new GatedStream(MiB / 2, gateAfter: 64 * 1024, gaveUp);
            await Assert.ThrowsAnyAsync<Exception>(() => client.PostAsync(PathOf(routeId), new StreamContent(body)));
        }
        await AssertBackendServes(routeId);
    }

    /// <summary>Every shipped gRPC route: each takes one request message.</summary>
    public static TheoryData<string> GrpcRoutes()
    {
        var routes = new TheoryData<string>();
        foreach (var route in Shipped.GetSection("Routes").GetChildren().Where(r => IsGrpc(r.Key)))
            routes.Add(route.Key);
        return routes;
    }

    /// <summary>
    /// A gRPC message over Limits:MaxGrpcMessageBytes (4 MiB), its length declared or not: RESOURCE_EXHAUSTED
    /// from the gateway, trailers-only, and after a burst of them the service is still healthy and served.
    /// </summary>
    [Theory]
    [MemberData(nameof(GrpcRoutes))]
    public async Task A_grpc_message_over_the_limit_is_refused_by_the_gateway_and_the_backend_stays_healthy(
        string routeId)
    {
        foreach (var size in OversizedGrpc)
        foreach (var declared in new[] { true, false })
        {
            using var response = await SendGrpc(routeId, size, declared);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("8", Header(response, "grpc-status")); // RESOURCE_EXHAUSTED
            Assert.Contains("4194304 bytes", Uri.UnescapeDataString(Header(response, "grpc-message")));
        }
        for (var i = 0; i < 30; i++) (await SendGrpc(routeId, OversizedGrpc[i % 2], declared: i % 2 == 0)).Dispose();
        Assert.NotEqual(DestinationHealth.Unhealthy, PassiveHealth(Shipped[$"Routes:{routeId}:ClusterId"]!));
        using var within = await SendGrpc(routeId, 1000, declared: false);
        Assert.Contains("\"received\":1000", await within.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendGrpc(string routeId, long size, bool declared)
    {
        var content = new StreamContent(new GatedStream(size, gateAfter: size, Task.CompletedTask), 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        if (declared) content.Headers.ContentLength = size;
        using var client = _gateway.Http2For("E08000015", AllRoles);
        using var request = new HttpRequestMessage(HttpMethod.Post, PathOf(routeId))
        {
            Content = content, Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        return await client.SendAsync(request);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    /// <summary>The control: the same burst of failures the backend causes does take its destination out.</summary>
    [Fact]
    public async Task Connections_the_backend_refuses_take_its_destination_out()
    {
        using var client = _gateway.ClientFor("E08000015", AllRoles);
        for (var i = 0; i < 30; i++) (await client.GetAsync("/refusing/anything")).Dispose();
        Assert.Equal(DestinationHealth.Unhealthy, PassiveHealth("refusing"));
        // YARP recomputes the available destinations on the thread pool just after marking one down.
        var refused = await client.GetAsync("/refusing/anything");
        for (var i = 0; i < 50 && refused.StatusCode != HttpStatusCode.ServiceUnavailable; i++)
            refused = await client.GetAsync("/refusing/anything");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> Send(string routeId, long size,
        (bool Http2, bool Declared, bool Expect) arrival)
    {
        var (http2, declared, expect) = arrival;
        var body = new GatedStream(size, gateAfter: size, Task.CompletedTask);
        var content = new StreamContent(body, 64 * 1024);
        if (declared) content.Headers.ContentLength = size;
        using var client = http2
            ? _gateway.Http2For("E08000015", AllRoles)
            : _gateway.ClientFor("E08000015", AllRoles);
        using var request = new HttpRequestMessage(HttpMethod.Post, PathOf(routeId))
        {
            Content = content,
            Version = client.DefaultRequestVersion,
            VersionPolicy = client.DefaultVersionPolicy,
        };
        if (expect) request.Headers.ExpectContinue = true;
        return await client.SendAsync(request);
    }

    private static readonly string[] AllRoles = Roles.All.ToArray();

    private static async Task AssertTooLarge(HttpResponseMessage response, string sent)
    {
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{sent}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Contains("1048576 bytes", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), problem.ToString());
    }

    /// <summary>YARP still counts the destination healthy, and a body within the limit reaches it.</summary>
    private async Task AssertBackendServes(string routeId)
    {
        var clusterId = Shipped[$"Routes:{routeId}:ClusterId"]!;
        Assert.NotEqual(DestinationHealth.Unhealthy, PassiveHealth(clusterId));
        using var response = await Send(routeId, 1000, (Http2: false, Declared: true, Expect: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"received\":1000", await response.Content.ReadAsStringAsync());
    }

    private DestinationHealth PassiveHealth(string clusterId)
    {
        var proxy = _gateway.Services.GetRequiredService<IProxyStateLookup>();
        Assert.True(proxy.TryGetCluster(clusterId, out var cluster));
        return Assert.Single(cluster.DestinationsState.AllDestinations).Health.Passive;
    }
}
