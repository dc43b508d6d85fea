using Commissioning.ServiceDefaults.OpenApi;

namespace Returns.Api.Apis;

/// <summary>
/// The statutory returns service's OpenAPI document: its schemas named "Returns…", its tags, and every
/// operation documented with an id in "returns.".
/// </summary>
public static class ReturnsOpenApi
{
    public static IServiceCollection AddReturnsOpenApi(this IServiceCollection services) =>
        services.AddPartnerOpenApi("Returns", "Commissioning statutory returns API",
            "Statutory returns built from the platform's own events (CLD first): periods, collection, validation "
            + "findings naming row and field, sign-off and submission by the council's returns officer, immutable "
            + "hashed artefacts and resubmissions with their diff. Errors are RFC 9457 problems naming the field.",
            ReturnsTags.All,
            typeof(ReturnsOpenApi).Assembly, typeof(Returns.Domain.Returns.ReturnRules).Assembly);

    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, PartnerTag tag,
        string operationId, string summary, string description, params int[] problems) =>
        endpoint.DocumentedAs($"returns.{operationId}", tag, summary, description, problems);
}
