using System.Security.Cryptography;
using Commissioning.Identity;
using Commissioning.ServiceDefaults;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Commissioning.Gateway.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on POST: the first request runs and its answer is kept; a repeat
/// with the same body gets that answer again (marked <c>Idempotent-Replayed: true</c>); the same key
/// with another body is 422; a repeat while the first is still running is 409. Keys are scoped to
/// the caller's organisation and user, and an answer is replayed only to a token with the same roles
/// (another set is 422): a caller whose roles were withdrawn must not read what they allowed. An
/// answer of 5xx is not kept, so a failed request can be retried.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IdempotencyStore store,
    IOptions<IdempotencyOptions> configured, ILogger<IdempotencyMiddleware> logger)
{
    public const string Header = "Idempotency-Key";
    private IdempotencyOptions Options => configured.Value;

    public async Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0
            || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        if (key.Length > 255)
        {
            await Problems.Write(context, 400, "The Idempotency-Key is too long.", "Use at most 255 characters.", Header);
            return;
        }
        var hash = await HashRequest(context);
        if (hash is null)
        {
            await Problems.Write(context, 413, "The request body is too large for an idempotent request.",
                $"Idempotent requests may carry at most {Options.MaxBodyBytes} bytes.", "body");
            return;
        }
        var caller = Caller.From(context.User);
        var storeKey = $"idempotency:{caller.Organisation}:{caller.Subject}:{key}";
        var claim = new IdempotencyRecord(hash, string.Join(' ', caller.Roles.Order(StringComparer.Ordinal)));
        IdempotencyRecord? existing;
        try
        {
            existing = await store.TryClaim(storeKey, claim);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogError(e, "Idempotency store unavailable");
            await Problems.Write(context, 503, "Idempotency cannot be guaranteed right now.", "Retry shortly with the same key.");
            return;
        }
        if (existing is not null)
        {
            await Answer(context, existing, claim);
            return;
        }
        await RunFirst(context, storeKey, claim);
    }

    private async Task RunFirst(HttpContext context, string storeKey, IdempotencyRecord claim)
    {
        var original = context.Response.Body;
        await using var captured = new CapturingStream(original, Options.MaxBodyBytes);
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            await store.Release(storeKey);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode >= 500 || captured.Overflowed)
        {
            await Settle(() => store.Release(storeKey));
            return;
        }
        await Settle(() => store.Complete(storeKey, claim with
        {
            Status = context.Response.StatusCode,
            ContentType = context.Response.ContentType,
            Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
            Body = Convert.ToBase64String(captured.Captured),
        }));
    }

    /// <summary>
    /// The answer has gone to the partner, so a store failure now must not break it: the claim simply
    /// lapses after <see cref="IdempotencyOptions.InFlightTimeout"/> (a repeat meanwhile gets 409).
    /// </summary>
    private async Task Settle(Func<Task> storeCommand)
    {
        try
        {
            await storeCommand();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogError(e, "Idempotency record not settled; the key's claim lapses on its own");
        }
    }

    private static async Task Answer(HttpContext context, IdempotencyRecord existing, IdempotencyRecord claim)
    {
        if (existing.Roles != claim.Roles)
        {
            await Problems.Write(context, 422, "This Idempotency-Key was used by a token with other roles.",
                "The first answer is replayed only to a token with the same roles; use a new key.", Header);
            return;
        }
        if (existing.RequestHash != claim.RequestHash)
        {
            await Problems.Write(context, 422, "This Idempotency-Key was used with a different request.",
                "Use a new key for a new request.", Header);
            return;
        }
        if (existing.InFlight)
        {
            await Problems.Write(context, 409, "The first request with this Idempotency-Key is still being processed.",
                "Retry after it has finished.", Header);
            return;
        }
        context.Response.StatusCode = existing.Status;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (existing.ContentType is not null) context.Response.ContentType = existing.ContentType;
        if (existing.Location is not null) context.Response.Headers.Location = existing.Location;
        await context.Response.Body.WriteAsync(Convert.FromBase64String(existing.Body ?? ""));
    }

    /// <summary>SHA-256 of method, path, query and body; null when the body is over the limit.</summary>
    private async Task<string?> HashRequest(HttpContext context)
    {
        context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: Options.MaxBodyBytes);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0) sha.AppendData(buffer, 0, read);
        }
        catch (IOException)
        {
            return null; // over bufferLimit
        }
        context.Request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
