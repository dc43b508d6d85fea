using Commissioning.ServiceDefaults;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Persistence;

/// <summary>Someone else saved the record first: 409, and the caller re-reads and tries again.</summary>
internal sealed class ConcurrencyConflictProblems : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken) =>
        exception is DbUpdateConcurrencyException
            ? Problems.Write(context, StatusCodes.Status409Conflict, "The record was changed by someone else.",
                "Read it again and reapply your change.", "version")
            : ValueTask.FromResult(false);
}
