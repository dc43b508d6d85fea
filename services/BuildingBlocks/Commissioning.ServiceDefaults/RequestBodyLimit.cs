using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// A body over Limits:MaxRequestBodyBytes is answered with a 413 problem the caller can read, not a reset.
/// Kestrel refuses such a body itself and closes the connection while an HTTP/1.1 client may still be sending
/// it; the client's send then fails (.NET's HttpClient reads no answer before it has sent the body) and it sees
/// a reset. So the limit is kept here instead: a declared length over it is answered at once, unread, and an
/// undeclared (chunked) body is read up to the limit and then refused. Kestrel's own limit is lifted for that
/// request, so it reads and discards the rest of the body after the answer (its drain stops after 5 seconds)
/// and the client finishes sending and reads the 413. gRPC is left to its own message limit.
/// </summary>
internal static class RequestBodyLimit
{
    public const string Title = "The request body is too large.";

    public static void UseRequestBodyLimit(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (LimitOf(context) is not { } limit) await next(context);
        else if (context.Request.ContentLength > limit) await Refuse(context, limit);
        else if (context.Request.ContentLength is null) await ReadUpTo(context, limit, next);
        else await next(context);
    });

    public static string Detail(long limit) => $"Request bodies of at most {limit} bytes are taken.";

    /// <summary>Kestrel's limit for this request (the "Limits" section's) when it has a body the limit holds.</summary>
    private static long? LimitOf(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true
        && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature
        && context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true
            ? feature.MaxRequestBodySize
            : null;

    private static async Task Refuse(HttpContext context, long limit)
    {
        Lift(context);
        await TooLarge(context, $"The body is {context.Request.ContentLength} bytes. {Detail(limit)}");
    }

    private static async Task ReadUpTo(HttpContext context, long limit, RequestDelegate next)
    {
        Lift(context);
        var passed = false;
        context.Request.Body = new LimitedRequestBody(context.Request.Body, limit, () =>
        {
            passed = true;
            return new BadHttpRequestException(Detail(limit), StatusCodes.Status413PayloadTooLarge);
        });
        await next(context);
        // Minimal APIs' body binding takes the failed read for a bad request and answers a bare 413 (status code
        // pages would give it a problem naming nothing): this one names the body and its limit.
        if (passed && !context.Response.HasStarted) await TooLarge(context, Detail(limit));
    }

    private static ValueTask<bool> TooLarge(HttpContext context, string detail) =>
        Problems.Write(context, StatusCodes.Status413PayloadTooLarge, Title, detail, "body");

    private static void Lift(HttpContext context) =>
        context.Features.Get<IHttpMaxRequestBodySizeFeature>()!.MaxRequestBodySize = null;
}
