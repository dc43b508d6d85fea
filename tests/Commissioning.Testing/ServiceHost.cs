using Commissioning.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Commissioning.Testing;

/// <summary>
/// A real service with its REST and h2c gRPC ports on loopback, as deployed (<see cref="ServiceUnderTest{TProgram}"/>
/// binds one port only): what a test needs when another service calls this one over gRPC.
/// </summary>
public sealed class ServiceHost<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private readonly string _data = Directory.CreateTempSubdirectory("service-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ServiceHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        UseKestrel();
        StartServer();
    }

    public int HttpPort { get; } = FreePort.Next();
    public int GrpcPort { get; } = FreePort.Next();
    public Uri HttpAddress => new($"http://127.0.0.1:{HttpPort}");
    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>(_settings)
        {
            ["Ports:Address"] = "127.0.0.1", ["Ports:Http"] = HttpPort.ToString(), ["Ports:Grpc"] = GrpcPort.ToString(),
            ["Identity:SigningKey"] = DevelopmentTokens.SigningKey, ["Store:DataDirectory"] = _data,
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
