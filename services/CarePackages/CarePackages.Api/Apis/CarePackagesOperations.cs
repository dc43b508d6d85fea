using Commissioning.ServiceDefaults.OpenApi;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CarePackages.Api.Apis;

/// <summary>Care packages operations are documented as the partner operations are, their ids in "care-packages.".
/// </summary>
public static class CarePackagesOperations
{
    /// <summary>A read of one record: it may not exist.</summary>
    public static readonly int[] ReadProblems = [Status404NotFound];
    /// <summary>A step with no body: the record may be missing, or its state may not allow the step.</summary>
    public static readonly int[] StepProblems = [Status404NotFound, Status422UnprocessableEntity];
    /// <summary>A change: the body may be bad too.</summary>
    public static readonly int[] ChangeProblems = [Status400BadRequest, .. StepProblems];
    /// <summary>A change that asks contracts or pooled finance first: either may be down (503) or fail (502).
    /// </summary>
    public static readonly int[] PartnerChangeProblems =
        [.. ChangeProblems, Status502BadGateway, Status503ServiceUnavailable];

    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, PartnerTag tag,
        string operationId, string summary, string description, params int[] problems) =>
        endpoint.DocumentedAs($"care-packages.{operationId}", tag, summary, description, problems);
}
