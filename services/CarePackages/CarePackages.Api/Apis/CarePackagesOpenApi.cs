using Commissioning.ServiceDefaults.OpenApi;

namespace CarePackages.Api.Apis;

/// <summary>The care packages service's OpenAPI document: its schemas named "CarePackages…", its tags and examples.
/// </summary>
public static class CarePackagesOpenApi
{
    public static IServiceCollection AddCarePackagesOpenApi(this IServiceCollection services) =>
        services.AddPartnerOpenApi("CarePackages", "Commissioning care packages API",
            "People, referrals and assessments, support plans, the council's verification of them, "
            + "brokerage of placements, live packages and safeguarding concerns. Identity stays here: other "
            + "records name a person by pseudonymous reference. Errors are RFC 9457 problems naming the field.",
            CarePackagesTags.All,
            typeof(CarePackagesOpenApi).Assembly, typeof(CarePackages.Domain.Brokerage.PlacementRequest).Assembly);
}
