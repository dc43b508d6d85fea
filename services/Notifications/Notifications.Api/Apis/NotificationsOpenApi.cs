using Commissioning.ServiceDefaults.OpenApi;

namespace Notifications.Api.Apis;

/// <summary>
/// The notifications service's OpenAPI document: its schemas named "Notifications…", its tags and examples,
/// and every operation documented with an id in "notifications.".
/// </summary>
public static class NotificationsOpenApi
{
    public static IServiceCollection AddNotificationsOpenApi(this IServiceCollection services) =>
        services.AddPartnerOpenApi("Notifications", "Commissioning notifications API",
            "Provider webhook endpoints: registration validated by the CloudEvents webhook handshake, signing "
            + "secrets as Standard Webhooks 1.0 (shown once, rotated with an overlap), disabling and enabling. "
            + "Errors are RFC 9457 problems naming the field.", NotificationsTags.All,
            typeof(NotificationsOpenApi).Assembly, typeof(Notifications.Domain.Endpoints.EndpointRules).Assembly);

    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, PartnerTag tag,
        string operationId, string summary, string description, params int[] problems) =>
        endpoint.DocumentedAs($"notifications.{operationId}", tag, summary, description, problems);
}
