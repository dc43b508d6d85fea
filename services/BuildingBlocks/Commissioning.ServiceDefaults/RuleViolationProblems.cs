using Commissioning.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Commissioning.ServiceDefaults;

/// <summary>Maps a broken business rule to its status: 400, 404, 409, 422 or 403, naming the field.</summary>
internal sealed class RuleViolationProblems : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RuleViolation violation) return ValueTask.FromResult(false);
        var (status, title) = violation.Kind switch
        {
            ViolationKind.Invalid => (StatusCodes.Status400BadRequest, "The request is not valid."),
            ViolationKind.NotFound => (StatusCodes.Status404NotFound, "Not found."),
            ViolationKind.AlreadyExists => (StatusCodes.Status409Conflict, "It already exists."),
            ViolationKind.Precondition => (StatusCodes.Status422UnprocessableEntity, "The record's state does not allow this."),
            _ => (StatusCodes.Status403Forbidden, "You may not do this."),
        };
        return Problems.Write(context, status, title, violation.Message, violation.Field);
    }
}
