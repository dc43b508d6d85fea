using System.Net;
using System.Text.Json.Nodes;
using Commissioning.Testing;
using Commissioning.Testing.OpenApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Gateway.Tests;

/// <summary>
/// The shipped route of the notifications service's AsyncAPI document (issue 19 capability 6): served beside the
/// OpenAPI document, to anyone, GET only, from the notifications cluster (here a real loopback backend serving the
/// checked-in document, as the service does).
/// </summary>
public sealed class ProviderEventsDocumentRouteTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string Path = "/asyncapi.json";
    private static readonly CheckedInDocument AsyncApi = new("services/Notifications/asyncapi.json");
    private int _posts;
    private Backend _notifications = null!;
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        _notifications = await Backend.Start(app =>
        {
            app.MapGet("/health/ready", () => "Healthy");
            app.MapGet(Path, () => Results.Content(File.ReadAllText(AsyncApi.FullPath), "application/json"));
            app.MapPost(Path, () => Interlocked.Increment(ref _posts));
        });
        _gateway = new GatewayHost(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["ReverseProxy:Clusters:notifications:Destinations:main:Address"] = _notifications.Address.ToString(),
        }, shipped: true);
        await FreePort.WaitUntilListening(_gateway.HttpPort, TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _notifications.DisposeAsync();
    }

    [Fact]
    public async Task Anyone_reads_the_asyncapi_document_at_the_gateway()
    {
        using var anonymous = _gateway.Anonymous();

        using var response = await anonymous.GetAsync(Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(AsyncApi.Read(), served));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Only_get_reaches_the_document(string method)
    {
        using var anonymous = _gateway.Anonymous();

        using var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), Path)
        {
            Content = new StringContent("{}"),
        });

        Assert.False(response.IsSuccessStatusCode, $"{method} {Path} answered {(int)response.StatusCode}");
        Assert.Equal(0, _posts);
    }

    [Fact]
    public void The_shipped_route_is_get_only_anonymous_and_to_the_notifications_cluster()
    {
        var route = new ConfigurationBuilder().AddJsonFile(GatewayHost.ShippedSettings).Build()
            .GetSection("ReverseProxy:Routes").GetChildren().Single(r => r["Match:Path"] == Path);

        Assert.Equal("notifications", route["ClusterId"]);
        Assert.Equal("anonymous", route["AuthorizationPolicy"], ignoreCase: true);
        Assert.Equal(["GET"], route.GetSection("Match:Methods").Get<string[]>() ?? []);
    }
}
