using System.Reflection;
using CarePackages.Domain.People;
using Commissioning.Testing;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CarePackages.Tests.OpenApi;

/// <summary>
/// No endpoint answers with a domain object (issue 14 item 1): renaming a private field must not rename
/// a public JSON property. Every declared response type, and every type reachable through its public
/// properties, is the API's own; only the domain's enums (their wire names are kebab-case words) are shared.
/// </summary>
public sealed class EndpointResponseTypesTests
{
    private static readonly Assembly Domain = typeof(Person).Assembly;

    [Fact]
    public async Task No_endpoint_answers_with_a_domain_type()
    {
        await using var service = new ServiceUnderTest<Program>();
        var endpoints = service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true).ToList();

        var leaks = endpoints.SelectMany(e => e.Metadata.OfType<IProducesResponseTypeMetadata>()
                .SelectMany(m => DomainTypesIn(m.Type, []))
                .Select(t => $"{e.DisplayName}: {t.FullName}"))
            .Distinct().ToList();

        var undeclared = endpoints.Where(e => !e.Metadata.OfType<IProducesResponseTypeMetadata>()
            .Any(m => m.StatusCode is >= 200 and < 300 && m.Type is not null)).Select(e => e.DisplayName).ToList();
        Assert.True(endpoints.Count > 40, $"Only {endpoints.Count} endpoints were found.");
        Assert.True(undeclared.Count == 0,
            "Endpoints with no success type declared:\n" + string.Join("\n", undeclared));
        Assert.True(leaks.Count == 0, "Endpoints answering with domain types:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void The_walk_finds_a_domain_type_inside_a_list() =>
        Assert.Equal([typeof(CaringRelationship)], DomainTypesIn(typeof(IReadOnlyList<CaringRelationship>), []));

    private static IEnumerable<Type> DomainTypesIn(Type? type, HashSet<Type> seen)
    {
        if (type is null || type.IsEnum || type.IsPrimitive || !seen.Add(type)) return [];
        if (type.Assembly == Domain) return [type];
        var inner = type.IsGenericType ? type.GetGenericArguments() : type.IsArray ? [type.GetElementType()!] : [];
        var properties = type.Namespace?.StartsWith("CarePackages", StringComparison.Ordinal) == true
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
            : [];
        return inner.Concat(properties).SelectMany(t => DomainTypesIn(t, seen)).ToList();
    }
}
