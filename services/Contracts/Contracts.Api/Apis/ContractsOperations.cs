using Commissioning.ServiceDefaults.OpenApi;

namespace Contracts.Api.Apis;

/// <summary>Contracts operations are documented as the partner operations are, their ids in "contracts.".</summary>
public static class ContractsOperations
{
    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, PartnerTag tag,
        string operationId, string summary, string description, params int[] problems) =>
        endpoint.DocumentedAs($"contracts.{operationId}", tag, summary, description, problems);
}
