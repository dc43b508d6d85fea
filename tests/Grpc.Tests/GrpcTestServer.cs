using System.Net;
using Commissioning.Grpc;
using Commissioning.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grpc.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an HTTP/2-only port, the platform's identity (JWT
/// bearer with the development key) and the gRPC layer, as a service's gRPC port is set up.
/// </summary>
public sealed class GrpcTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GrpcTestServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;
    public GrpcHealth Health => _app.Services.GetRequiredService<GrpcHealth>();

    public static async Task<GrpcTestServer> Start(Action<IEndpointRouteBuilder> map, Action<GrpcServerOptions>? options = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Identity:SigningKey"] = DevelopmentTokens.SigningKey;
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddCommissioningIdentity();
        builder.Services.AddCommissioningGrpc(options);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        map(app);
        app.MapGrpcHealth();
        app.MapGrpcReflection();
        app.MapGrpcFallback();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GrpcTestServer(app, new Uri(address));
    }

    /// <summary>The server with the sample handlers of <see cref="SampleServices"/>.</summary>
    public static Task<GrpcTestServer> StartSample(Action<GrpcServerOptions>? options = null) =>
        Start(endpoints => SampleServices.Map(endpoints), options, services => services.AddSingleton<SampleServices>());

    public SampleServices Sample => _app.Services.GetRequiredService<SampleServices>();

    public static string Token(params string[] roles) =>
        DevelopmentTokens.Mint(new DevelopmentTokenRequest("test-user", "E08000015", roles));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
