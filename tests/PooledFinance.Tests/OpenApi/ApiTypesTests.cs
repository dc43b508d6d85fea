using Commissioning.Domain;
using Commissioning.Testing;
using Commissioning.Testing.OpenApi;
using PooledFinance.Domain.Funds;

namespace PooledFinance.Tests.OpenApi;

/// <summary>Every documented pooled finance operation reads and answers in types of the API's own.</summary>
public sealed class ApiTypesTests
{
    [Fact]
    public async Task No_operation_puts_a_domain_object_on_the_wire()
    {
        await using var service = new ServiceUnderTest<Program>();

        var found = DomainTypesOnTheWire.Find(service.Services, typeof(Fund).Assembly, typeof(FinancialYear).Assembly);

        Assert.True(found.Count == 0, "Domain types on the wire:\n" + string.Join("\n", found));
    }
}
