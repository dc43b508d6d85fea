using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Commissioning.ServiceDefaults.OpenApi;

/// <summary>
/// How each partner operation is documented: an operation id unique across the platform
/// ("contracts.awardContract"), a summary, a description naming the rule, its tag, and every
/// problem it can answer. Every operation needs a token (401) and a role or a party (403).
/// </summary>
public static class PartnerOperations
{
    public static RouteHandlerBuilder DocumentedAs(this RouteHandlerBuilder endpoint, string operationId,
        PartnerTag tag, string summary, string description, params int[] problems)
    {
        endpoint.WithName(operationId).WithTags(tag.Name).WithSummary(summary).WithDescription(description)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var status in problems) endpoint.ProducesProblem(status);
        return endpoint;
    }

    /// <summary>What a partner can send and gets back, shown on the operation (see <see cref="OperationExamples"/>).
    /// </summary>
    public static RouteHandlerBuilder WithExample(this RouteHandlerBuilder endpoint, object? request,
        object response) =>
        endpoint.WithMetadata(new OperationExample(request, response));
}
