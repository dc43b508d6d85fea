using Commissioning.Testing.OpenApi;

namespace CarePackages.Tests.OpenApi;

/// <summary>The care packages API partners see is the one checked in at services/CarePackages/openapi.json.</summary>
public sealed class CarePackagesDocumentTests()
    : PartnerDocumentTests<Program>(CarePackages, "tests/CarePackages.Tests")
{
    public static readonly CheckedInDocument CarePackages = new("services/CarePackages/openapi.json");
}
