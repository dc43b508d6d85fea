using Commissioning.ServiceDefaults.OpenApi;

namespace Contracts.Api.Apis;

/// <summary>The contracts service's OpenAPI document: its schemas named "Contracts…", its tags and examples.</summary>
public static class ContractsOpenApi
{
    public static IServiceCollection AddContractsOpenApi(this IServiceCollection services) =>
        services.AddPartnerOpenApi("Contracts", "Commissioning contracts API",
            "The provider register, the provider framework, due diligence, contracts from award to end, contract "
            + "monitoring, rate cards and the brokerage query. Errors are RFC 9457 problems naming the field.",
            ContractsTags.All,
            typeof(ContractsOpenApi).Assembly, typeof(Contracts.Domain.Providers.Provider).Assembly);
}
