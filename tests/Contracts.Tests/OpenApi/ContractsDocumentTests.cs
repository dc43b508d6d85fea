using Commissioning.Testing.OpenApi;

namespace Contracts.Tests.OpenApi;

/// <summary>The contracts API partners see is the one checked in at services/Contracts/openapi.json.</summary>
public sealed class ContractsDocumentTests() : PartnerDocumentTests<Program>(Contracts, "tests/Contracts.Tests")
{
    public static readonly CheckedInDocument Contracts = new("services/Contracts/openapi.json");
}
