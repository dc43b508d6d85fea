using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// A correlation id follows one partner request through the gateway, every service it reaches and
/// the audit records it writes. The gateway sets it; a service called directly makes one.
/// </summary>
public static class CorrelationId
{
    public const string Header = "X-Correlation-Id";
    private const int MaxLength = 128;

    public static string? Of(HttpContext? context) => context?.Items[Header] as string;

    internal static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var id = context.Request.Headers[Header].ToString();
        if (id.Length is 0 or > MaxLength || !id.All(IsSafe)) id = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        context.Items[Header] = id;
        context.Response.Headers[Header] = id;
        Activity.Current?.SetTag("correlation.id", id);
        var logger = context.RequestServices.GetService(typeof(ILogger<ServiceIdentity>)) as ILogger;
        using (logger?.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
            await next(context);
    });

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
