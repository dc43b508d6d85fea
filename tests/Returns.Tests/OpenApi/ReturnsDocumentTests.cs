using Commissioning.Testing.OpenApi;

namespace Returns.Tests.OpenApi;

/// <summary>The statutory returns API partners see is the one checked in at services/Returns/openapi.json.</summary>
public sealed class ReturnsDocumentTests() : PartnerDocumentTests<Program>(Returns, "tests/Returns.Tests")
{
    public static readonly CheckedInDocument Returns = new("services/Returns/openapi.json");
}
