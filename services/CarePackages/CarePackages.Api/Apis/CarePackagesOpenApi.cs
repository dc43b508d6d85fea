using Commissioning.ServiceDefaults.OpenApi;
using Microsoft.OpenApi;

namespace CarePackages.Api.Apis;

/// <summary>The care packages service's OpenAPI document: its schemas named "CarePackages…", its tags and examples.
/// </summary>
public static class CarePackagesOpenApi
{
    private static readonly OpenApiInfo Info = new()
    {
        Title = "Commissioning care packages API",
        Version = "v1",
        Description = "People, referrals and assessments, support plans, the council's verification of them, "
            + "brokerage of placements, live packages and safeguarding concerns. Identity stays here: other "
            + "records name a person by pseudonymous reference. Errors are RFC 9457 problems naming the field.",
        Contact = new OpenApiContact { Name = "Commissioning platform team" },
    };

    public static IServiceCollection AddCarePackagesOpenApi(this IServiceCollection services) =>
        services.AddPartnerOpenApi("CarePackages", Info, CarePackagesTags.All);
}
