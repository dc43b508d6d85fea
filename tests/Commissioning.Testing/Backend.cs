using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commissioning.Testing;

/// <summary>
/// A real Kestrel backend on a loopback port, HTTP/1.1 or h2c, with the endpoints a test maps: a service the
/// gateway proxies to, a receiver the notifications service calls.
/// </summary>
public sealed class Backend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Backend(WebApplication app) => _app = app;

    public Uri Address =>
        new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <param name="at">Where it listens: 127.0.0.1 on a free port when not given.</param>
    public static async Task<Backend> Start(Action<WebApplication> map, bool http2Only = false, IPEndPoint? at = null)
    {
        await HostStarts.One.WaitAsync();
        WebApplication app;
        try
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k =>
            {
                k.Limits.MaxRequestBodySize = null;
                k.Listen(at ?? new IPEndPoint(IPAddress.Loopback, 0),
                    l => l.Protocols = http2Only ? HttpProtocols.Http2 : HttpProtocols.Http1AndHttp2);
            });
            app = builder.Build();
            map(app);
            await app.StartAsync();
        }
        finally
        {
            HostStarts.One.Release();
        }
        return new Backend(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
