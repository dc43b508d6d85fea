using Google.Rpc;
using Grpc.Core;
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
        if (exception is not RpcException failure) return ValueTask.FromResult(false);
        var (status, title) = failure.StatusCode switch
        {
            StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange or StatusCode.AlreadyExists =>
                (StatusCodes.Status422UnprocessableEntity, "A partner service refused the request."),
            StatusCode.NotFound => (StatusCodes.Status404NotFound, "A partner service does not know it."),
            StatusCode.PermissionDenied or StatusCode.Unauthenticated => (StatusCodes.Status403Forbidden, "A partner service refused you."),
            StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Aborted =>
                (StatusCodes.Status503ServiceUnavailable, "A partner service is unavailable; nothing was changed."),
            _ => (StatusCodes.Status502BadGateway, "A partner service failed; nothing was changed."),
        };
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "5";
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = failure.Status.Detail };
        var fields = failure.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? [];
        if (fields.Count > 0) problem.Extensions["errors"] = fields.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Description).ToArray());
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        return writer.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
