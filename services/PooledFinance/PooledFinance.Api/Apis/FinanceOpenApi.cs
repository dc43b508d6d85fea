using Commissioning.ServiceDefaults.OpenApi;

namespace PooledFinance.Api.Apis;

/// <summary>
/// The pooled finance service's OpenAPI document: its schemas named "PooledFinance…", its tags and
/// examples, and every operation documented with an id in "pooledFinance.".
/// </summary>
public static class FinanceOpenApi
{
    public static IServiceCollection AddPooledFinanceOpenApi(this IServiceCollection services) =>
        services.AddPartnerOpenApi("PooledFinance", "Commissioning pooled finance API",
            "Section 75 partnerships and agreements, pooled and aligned funds, the append-only ledger, contributions, "
            + "debts, the joint monthly report, the variance clock and the year-end risk share. Errors are RFC 9457 "
            + "problems naming the field.", FinanceTags.All,
            typeof(FinanceOpenApi).Assembly, typeof(PooledFinance.Domain.Funds.Fund).Assembly);

    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, PartnerTag tag,
        string operationId, string summary, string description, params int[] problems) =>
        endpoint.DocumentedAs($"pooledFinance.{operationId}", tag, summary, description, problems);
}
