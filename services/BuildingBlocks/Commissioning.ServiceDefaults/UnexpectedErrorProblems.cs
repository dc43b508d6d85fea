using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// What runs when no exception handler claimed the error: log it and answer a bare 500 whose only
/// clue is the trace id, never a stack trace. It is the middleware's fallback rather than a handler
/// so handlers other building blocks register later still get their turn first.
/// </summary>
internal static class UnexpectedErrorProblems
{
    public static async Task Handle(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
            return; // The caller went away; there is nobody to answer.
        context.RequestServices.GetRequiredService<ILogger<ServiceIdentity>>()
            .LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        await Problems.Write(context, 500, "An unexpected error occurred.",
            "The error has been logged; quote the trace id when you report it.");
    }
}
