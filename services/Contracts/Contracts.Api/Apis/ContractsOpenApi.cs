using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.OpenApi;

namespace Contracts.Api.Apis;

/// <summary>The contracts service's OpenAPI document: its schemas named "Contracts…", its tags and examples.</summary>
public static class ContractsOpenApi
{
    private static readonly OpenApiInfo Info = new()
    {
        Title = "Commissioning contracts API",
        Version = "v1",
        Description = "The provider register, the provider framework, due diligence, contracts from award to end, "
            + "contract monitoring, rate cards and the brokerage query. Errors are RFC 9457 problems naming the "
            + "field.",
        Contact = new OpenApiContact { Name = "Commissioning platform team" },
    };

    public static IServiceCollection AddContractsOpenApi(this IServiceCollection services) =>
        services.AddPartnerOpenApi("Contracts", Info, ContractsTags.All);
}
