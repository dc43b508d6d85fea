using Commissioning.Identity;
using Commissioning.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Contracts.Tests.Api;

/// <summary>
/// The contracts service on real Kestrel with its two ports, REST and h2c gRPC, as it runs deployed.
/// ServiceUnderTest binds one port only (UseKestrel(0) replaces the "Ports" listeners), so the gRPC
/// tests host the service the way the gateway's tests host the gateway. The service's clock stands
/// at <see cref="Now"/>, so "today" (a performance issue's raised date) is a day of the contract.
/// </summary>
public sealed class ContractsGrpcHost : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("contracts-").FullName;

    public int HttpPort { get; } = FreePort.Next();
    public int GrpcPort { get; } = FreePort.Next();
    public DateTimeOffset Now { get; }

    public ContractsGrpcHost(DateTimeOffset now)
    {
        Now = now;
        UseKestrel();
        StartServer();
    }

    public HttpClient RestClientFor(string organisation, params string[] roles)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            DevelopmentTokens.Mint(new DevelopmentTokenRequest($"user-of-{organisation}", organisation, roles)));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ports:Address"] = "127.0.0.1",
            ["Ports:Http"] = HttpPort.ToString(),
            ["Ports:Grpc"] = GrpcPort.ToString(),
            ["Identity:SigningKey"] = DevelopmentTokens.SigningKey,
            ["Store:DataDirectory"] = _data,
        }));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new StoppedClock(Now)));
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
