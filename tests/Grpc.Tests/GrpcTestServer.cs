using Commissioning.Grpc;
using Commissioning.Identity;
using Commissioning.Protos;
using Commissioning.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using System.Net;

namespace Grpc.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an HTTP/2-only port, the platform's identity (JWT
/// bearer with the development key) and gRPC as a service sets it up (AddCommissioningGrpc,
/// reflection and health from the packages).
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

    /// <summary>The server on <paramref name="at"/> (127.0.0.1 on a free port when not given).</summary>
    public static async Task<GrpcTestServer> Start(Action<IEndpointRouteBuilder> map,
        Action<IServiceCollection>? services = null, IPEndPoint? at = null)
    {
        at ??= new IPEndPoint(IPAddress.Loopback, 0);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Identity:SigningKey"] = DevelopmentTokens.SigningKey;
        builder.WebHost.ConfigureKestrel(k => k.Listen(at, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddCommissioningIdentity();
        builder.Services.AddCommissioningGrpc([.. CommissioningServices.All]);
        // As every service's store is: grpc.health.v1 reports UNKNOWN while no ready check exists.
        builder.Services.AddHealthChecks().AddCheck("sample-store", () => HealthCheckResult.Healthy(), [HealthEndpoints.ReadyTag]);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        map(app);
        app.MapGrpcReflectionService().AllowAnonymous();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GrpcTestServer(app, new Uri(address));
    }

    /// <summary>The server with the sample handlers of <see cref="SampleServices"/>.</summary>
    public static Task<GrpcTestServer> StartSample(Action<IServiceCollection>? services = null,
        IPEndPoint? at = null) =>
        Start(SampleServices.Map, s =>
        {
            s.AddSingleton<SampleServices>();
            services?.Invoke(s);
        }, at);

    public SampleServices Sample => _app.Services.GetRequiredService<SampleServices>();

    public static string Token(params string[] roles) =>
        DevelopmentTokens.Mint(new DevelopmentTokenRequest("test-user", "E08000015", roles));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
