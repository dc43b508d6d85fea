using Commissioning.Testing.OpenApi;

namespace PooledFinance.Tests.OpenApi;

/// <summary>The pooled finance API partners see is the one checked in at services/PooledFinance/openapi.json.</summary>
public sealed class PooledFinanceDocumentTests()
    : PartnerDocumentTests<Program>(PooledFinance, "tests/PooledFinance.Tests")
{
    public static readonly CheckedInDocument PooledFinance = new("services/PooledFinance/openapi.json");
}
