using Commissioning.Domain;
using Commissioning.Testing;
using Commissioning.Testing.OpenApi;
using Returns.Domain.Returns;

namespace Returns.Tests.OpenApi;

/// <summary>Every documented statutory returns operation reads and answers in types of the API's own.</summary>
public sealed class ApiTypesTests
{
    [Fact]
    public async Task No_operation_puts_a_domain_object_on_the_wire()
    {
        await using var service = new ServiceUnderTest<Program>();

        var found = DomainTypesOnTheWire.Find(service.Services, typeof(StatutoryReturn).Assembly,
            typeof(RuleViolation).Assembly);

        Assert.True(found.Count == 0, "Domain types on the wire:\n" + string.Join("\n", found));
    }
}
