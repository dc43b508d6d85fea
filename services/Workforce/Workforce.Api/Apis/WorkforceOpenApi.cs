using Commissioning.ServiceDefaults.OpenApi;

namespace Workforce.Api.Apis;

/// <summary>
/// The workforce service's OpenAPI document: its schemas named "Workforce…", its tags and examples, and
/// every operation documented with an id in "workforce.".
/// </summary>
public static class WorkforceOpenApi
{
    public static IServiceCollection AddWorkforceOpenApi(this IServiceCollection services) =>
        services.AddPartnerOpenApi("Workforce", "Commissioning workforce API",
            "Employers and establishments, staff records (personal data stays here), secondments, TUPE transfer "
            + "projects and their deadlines, and staffing cost forecasts. Errors are RFC 9457 problems naming the "
            + "field.", WorkforceTags.All,
            typeof(WorkforceOpenApi).Assembly, typeof(Workforce.Domain.Transfers.TransferProject).Assembly);

    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, PartnerTag tag,
        string operationId, string summary, string description, params int[] problems) =>
        endpoint.DocumentedAs($"workforce.{operationId}", tag, summary, description, problems);
}
