using System.Net;
using System.Net.Http.Headers;
using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Gateway.Tests;

/// <summary>The real gateway (its own Program and configuration) on real Kestrel: one HTTP/1.1+2 port and one h2c port.</summary>
public sealed class GatewayHost : WebApplicationFactory<Program>
{
    /// <summary>The gateway's shipped appsettings.json, which the build copies beside the tests.</summary>
    public static readonly string ShippedSettings = Path.Combine(AppContext.BaseDirectory, "appsettings.json");

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public int HttpPort { get; } = FreePort.Next();
    public int GrpcPort { get; } = FreePort.Next();

    private readonly bool _shipped;

    /// <param name="shipped">Start from the shipped appsettings.json (its routes, clusters and limits).</param>
    public GatewayHost(IReadOnlyDictionary<string, string?> settings, bool shipped = false)
    {
        _settings = settings;
        _shipped = shipped;
        UseKestrel();
        StartServer();
    }

    /// <summary>
    /// A plain HTTP/1.1 client. A request sent with <c>Expect: 100-continue</c> waits up to a minute for the
    /// gateway's interim or final answer before sending its body: .NET's default of one second is shorter than a
    /// busy test machine takes to answer, and a body sent after it meets a 413 and a closed connection (broken pipe).
    /// </summary>
    public HttpClient Anonymous() => new(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}"),
    };

    public HttpClient ClientFor(string organisation, params string[] roles)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(organisation, roles));
        return client;
    }

    /// <summary>An HTTP/2 (prior knowledge) client for the gRPC port, as gRPC clients connect.</summary>
    public HttpClient Http2For(string organisation, params string[] roles)
    {
        var client = new HttpClient(new SocketsHttpHandler())
        {
            BaseAddress = new Uri($"http://127.0.0.1:{GrpcPort}"),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(organisation, roles));
        return client;
    }

    public static string Token(string organisation, params string[] roles) =>
        DevelopmentTokens.Mint(new DevelopmentTokenRequest($"user-of-{organisation}", organisation, roles));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Unless the test asks for the shipped settings, its routes and clusters replace them entirely.
        builder.ConfigureAppConfiguration((_, config) =>
        {
            config.Sources.Clear();
            if (_shipped) config.AddJsonFile(ShippedSettings);
            config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Ports:Address"] = "127.0.0.1",
                ["Ports:Http"] = HttpPort.ToString(),
                ["Ports:Grpc"] = GrpcPort.ToString(),
                ["Identity:SigningKey"] = DevelopmentTokens.SigningKey,
                ["Logging:LogLevel:Default"] = "Warning",
            });
            config.AddInMemoryCollection(_settings);
        });
    }
}
