using System.Collections.Concurrent;
using Commissioning.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Notifications.Tests.Api;

/// <summary>How a test receiver answers the CloudEvents handshake.</summary>
public enum Answer
{
    /// <summary>200 with WebHook-Allowed-Origin naming the origin that asked (CloudEvents webhook §4.1).</summary>
    Allows,
    /// <summary>200 with no WebHook-Allowed-Origin: it never agreed to receive.</summary>
    Ignores,
    /// <summary>307 to another receiver, which a sender must not follow.</summary>
    Redirects,
}

/// <summary>One POST a receiver was sent: the Standard Webhooks headers, the content type and the body.</summary>
public sealed record Posted(string Id, string Timestamp, string Signature, string ContentType, string Body);

/// <summary>
/// A provider's receiver on a real local Kestrel: answers OPTIONS as <see cref="Answer"/> says (a test may change
/// it) and keeps the WebHook-Request-Origin of every handshake it was asked; keeps every POST it is sent and
/// answers each with the next of <see cref="Replies"/> (200 once they run out), after <see cref="BeforeAnswer"/>.
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly Backend _backend;

    private Receiver(Backend backend) => _backend = backend;

    public Answer Answer { get; set; }

    /// <summary>Where a redirecting receiver sends the sender.</summary>
    public Uri? RedirectTo { get; set; }

    public ConcurrentQueue<string> Origins { get; } = new();

    public ConcurrentQueue<Posted> Posts { get; } = new();

    public ConcurrentQueue<int> Replies { get; } = new();

    /// <summary>Awaited after a POST is kept and before it is answered: a slow receiver, or one a test holds.
    /// </summary>
    public Func<Task>? BeforeAnswer { get; set; }

    public Uri Url => new(_backend.Address, "/webhooks");

    public static async Task<Receiver> Start(Answer answer)
    {
        Receiver? receiver = null;
        var backend = await Backend.Start(app =>
        {
            app.MapMethods("/webhooks", [HttpMethods.Options], (HttpContext http) => receiver!.Handshake(http));
            app.MapPost("/webhooks", (Delegate)((HttpContext http) => receiver!.Take(http)));
        });
        receiver = new Receiver(backend) { Answer = answer };
        return receiver;
    }

    private IResult Handshake(HttpContext http)
    {
        var origin = http.Request.Headers["WebHook-Request-Origin"].ToString();
        Origins.Enqueue(origin);
        switch (Answer)
        {
            case Answer.Allows:
                http.Response.Headers["WebHook-Allowed-Origin"] = origin;
                return Results.Ok();
            case Answer.Redirects:
                return Results.Redirect(RedirectTo!.AbsoluteUri, permanent: false, preserveMethod: true);
            default:
                return Results.Ok();
        }
    }

    private async Task<IResult> Take(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var headers = http.Request.Headers;
        Posts.Enqueue(new Posted(headers["webhook-id"].ToString(), headers["webhook-timestamp"].ToString(),
            headers["webhook-signature"].ToString(), http.Request.ContentType ?? "", await reader.ReadToEndAsync()));
        if (BeforeAnswer is { } wait) await wait();
        return Results.StatusCode(Replies.TryDequeue(out var status) ? status : StatusCodes.Status200OK);
    }

    public ValueTask DisposeAsync() => _backend.DisposeAsync();
}
