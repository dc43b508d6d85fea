using System.Reflection;
using Architecture.Tests.Controls.Apis;

namespace Architecture.Tests;

/// <summary>
/// Rule 3: the API is not the domain. What an *.Api's "Apis" (and "Reports") namespace sends and receives
/// (its public records and classes: *View, *Request and the other bodies and items) carries no class or
/// interface of a *.Domain assembly in a public property, as such, as an element or as a generic argument;
/// the handlers map aggregates to views (XView.Of(aggregate)) before TypedResults.Ok. Enums and structs
/// of the domains (statuses, FinancialYear) are values and are sent as they are.
/// </summary>
public sealed class ApiContractTests
{
    private static readonly Assembly Controls = typeof(LeakyView).Assembly;

    [Theory]
    [MemberData(nameof(Platform.Apis), MemberType = typeof(Platform))]
    public void An_api_sends_and_receives_no_domain_object(string api)
    {
        var types = Rules.ApiContractTypes(Platform.Load(api));

        // Proves the scan still finds the wire types (the youngest Api, notifications', has six so far).
        Assert.True(types.Count >= 5, $"{api}: only {types.Count} request and view types found");
        Assert.Empty(Rules.DomainTypesExposed(types));
    }

    [Fact]
    public void Control_the_api_rule_catches_domain_objects_as_properties_elements_and_generic_arguments()
    {
        var types = Rules.ApiContractTypes(Controls, typeof(LeakyView).Namespace);
        const string employer = "Workforce.Domain.Employers.Employer";

        Assert.Contains(typeof(CleanView), types);
        Assert.Equal(
        [
            $"{typeof(LeakyArraySummary).FullName}.Employers: {employer}",
            $"{typeof(LeakyDictionaryRequest).FullName}.ByCode: {employer}",
            $"{typeof(LeakyErrorView).FullName}.Violation: Commissioning.Domain.RuleViolation",
            $"{typeof(LeakyListResponse).FullName}.Employers: {employer}",
            $"{typeof(LeakyView).FullName}.Employer: {employer}",
        ], Rules.DomainTypesExposed(types).Order(StringComparer.Ordinal));
    }
}
