using Commissioning.Domain;
using Microsoft.AspNetCore.Http;

namespace Commissioning.ServiceDefaults;

public static class ProblemStatus
{
    /// <summary>The HTTP status a violation of a rule of this kind answers with.</summary>
    public static int Of(ViolationKind kind) => kind switch
    {
        ViolationKind.Invalid => StatusCodes.Status400BadRequest,
        ViolationKind.NotFound => StatusCodes.Status404NotFound,
        ViolationKind.AlreadyExists => StatusCodes.Status409Conflict,
        ViolationKind.Precondition => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status403Forbidden,
    };
}
