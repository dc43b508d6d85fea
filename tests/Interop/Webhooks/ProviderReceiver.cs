using System.Collections.Concurrent;
using Commissioning.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Interop.Tests.Webhooks;

/// <summary>
/// A provider's endpoint on a real local Kestrel: agrees to the CloudEvents webhook handshake (OPTIONS,
/// WebHook-Allowed-Origin) and keeps every delivery POSTed to it with its webhook and content headers.
/// </summary>
public sealed class ProviderReceiver : IAsyncDisposable
{
    private static readonly string[] Kept = ["webhook-id", "webhook-timestamp", "webhook-signature", "content-type"];
    private Backend _backend = null!;

    public ConcurrentQueue<Delivered> Deliveries { get; } = new();

    public Uri Url => new(_backend.Address, "/webhooks");

    public static async Task<ProviderReceiver> Start()
    {
        var receiver = new ProviderReceiver();
        receiver._backend = await Backend.Start(app =>
        {
            app.MapMethods("/webhooks", [HttpMethods.Options], (HttpContext http) =>
            {
                http.Response.Headers["WebHook-Allowed-Origin"] = http.Request.Headers["WebHook-Request-Origin"];
                return Results.Ok();
            });
            app.MapPost("/webhooks", receiver.Take);
        });
        return receiver;
    }

    private async Task<IResult> Take(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        Deliveries.Enqueue(new Delivered(Kept.ToDictionary(h => h, h => request.Headers[h].ToString()), body));
        return Results.NoContent();
    }

    public ValueTask DisposeAsync() => _backend.DisposeAsync();
}
