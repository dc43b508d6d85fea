using Commissioning.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Commissioning.ServiceDefaults;

/// <summary>
/// Maps a broken business rule to its status (400, 404, 409, 422 or 403), its problem type and title (the
/// rule's name and sentence), naming the field.
/// </summary>
internal sealed class RuleViolationProblems : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RuleViolation violation) return ValueTask.FromResult(false);
        return Problems.Write(context, ProblemStatus.Of(violation.Kind), violation.Rule.Says, violation.Message,
            violation.Field, type: violation.Rule.ProblemType);
    }
}
