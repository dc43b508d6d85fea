using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NotificationsBenchmarks;

/// <summary>
/// The providers' receivers: one Kestrel listening on one loopback port per endpoint (so the sender keeps one
/// connection per endpoint, as with real providers), agreeing to the CloudEvents handshake and answering each POST
/// 204 at once after handing its webhook-id and arrival time to <see cref="Received"/>.
/// </summary>
public sealed class Receivers : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Receivers(WebApplication app, IReadOnlyList<Uri> urls) => (_app, Urls) = (app, urls);

    public IReadOnlyList<Uri> Urls { get; }

    public Action<string, long>? Received { get; set; }

    public static async Task<Receivers> Start(int count)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            for (var i = 0; i < count; i++) k.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        Receivers? receivers = null;
        app.MapMethods("/webhooks", [HttpMethods.Options], (HttpContext http) =>
        {
            http.Response.Headers["WebHook-Allowed-Origin"] = http.Request.Headers["WebHook-Request-Origin"];
            return Results.Ok();
        });
        app.MapPost("/webhooks", async (HttpContext http) =>
        {
            var arrived = Stopwatch.GetTimestamp();
            await http.Request.Body.CopyToAsync(Stream.Null);
            receivers!.Received?.Invoke(http.Request.Headers["webhook-id"].ToString(), arrived);
            return Results.NoContent();
        });
        await app.StartAsync();
        var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(address => new Uri(new Uri(address), "/webhooks")).ToArray();
        receivers = new Receivers(app, urls);
        return receivers;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
