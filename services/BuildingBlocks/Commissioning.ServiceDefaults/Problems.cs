using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// Every error leaves as an RFC 9457 problem with the trace and correlation ids. The handlers are
/// tried in registration order (broken rules, unreadable requests, then whatever other building
/// blocks add, such as the store's concurrency conflicts); anything left is a bare 500 that never
/// carries a stack trace.
/// </summary>
public static class Problems
{
    public static void AddProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Instance ??= c.HttpContext.Request.Path;
            c.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? c.HttpContext.TraceIdentifier;
            if (CorrelationId.Of(c.HttpContext) is { } correlation) c.ProblemDetails.Extensions["correlationId"] = correlation;
        });
        services.AddExceptionHandler<RuleViolationProblems>();
        services.AddExceptionHandler<BadRequestProblems>();
    }

    /// <summary>
    /// Writes a problem; <paramref name="field"/> adds an <c>errors</c> member naming the input at fault, and
    /// <paramref name="type"/> (a broken rule's <c>/problems/{name}</c>) replaces the status's default type.
    /// </summary>
    public static ValueTask<bool> Write(HttpContext context, int status, string title, string detail,
        string? field = null, Exception? exception = null, string? type = null)
    {
        context.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Type = type, Status = status, Title = title, Detail = detail,
        };
        if (field is not null) problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
