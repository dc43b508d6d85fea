using Commissioning.Testing.OpenApi;

namespace Workforce.Tests.OpenApi;

/// <summary>The workforce API partners see is the one checked in at services/Workforce/openapi.json.</summary>
public sealed class WorkforceDocumentTests() : PartnerDocumentTests<Program>(Workforce, "tests/Workforce.Tests")
{
    public static readonly CheckedInDocument Workforce = new("services/Workforce/openapi.json");
}
