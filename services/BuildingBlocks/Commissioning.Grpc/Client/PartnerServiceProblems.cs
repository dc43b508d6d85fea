using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Grpc;

/// <summary>
/// A partner service's refusal, met while answering a REST request, becomes our caller's RFC 9457
/// problem instead of a 500: its refusals keep their meaning (422, 404, 403, naming the field the
/// partner named), and a partner that is down or too slow is a 503 with Retry-After, so the caller
/// knows to try again and that nothing was written.
/// </summary>
internal sealed class PartnerServiceProblems : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not GrpcCallException failure) return ValueTask.FromResult(false);
        var (status, title) = failure.StatusCode switch
        {
            GrpcStatusCode.InvalidArgument or GrpcStatusCode.FailedPrecondition or GrpcStatusCode.OutOfRange or GrpcStatusCode.AlreadyExists =>
                (StatusCodes.Status422UnprocessableEntity, "A partner service refused the request."),
            GrpcStatusCode.NotFound => (StatusCodes.Status404NotFound, "A partner service does not know it."),
            GrpcStatusCode.PermissionDenied or GrpcStatusCode.Unauthenticated => (StatusCodes.Status403Forbidden, "A partner service refused you."),
            GrpcStatusCode.Unavailable or GrpcStatusCode.DeadlineExceeded or GrpcStatusCode.ResourceExhausted or GrpcStatusCode.Aborted =>
                (StatusCodes.Status503ServiceUnavailable, "A partner service is unavailable; nothing was changed."),
            _ => (StatusCodes.Status502BadGateway, "A partner service failed; nothing was changed."),
        };
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "5";
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = failure.Detail };
        var fields = failure.FieldViolations;
        if (fields.Count > 0) problem.Extensions["errors"] = fields.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Description).ToArray());
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
