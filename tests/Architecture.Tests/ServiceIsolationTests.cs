using System.Reflection;
using Architecture.Tests.Controls.CrossService;

namespace Architecture.Tests;

/// <summary>
/// Rule 2: no service's assembly references another service's (Contracts.* never CarePackages.*, and so
/// on); what services share is the building blocks, Commissioning.Protos among them, and nothing else of
/// ours. Checked twice: the referenced assemblies, and every type's dependencies.
/// </summary>
public sealed class ServiceIsolationTests
{
    private static readonly Assembly Controls = typeof(KnowsAnEmployer).Assembly;

    [Theory]
    [MemberData(nameof(Platform.ServiceAssemblies), MemberType = typeof(Platform))]
    public void A_service_assembly_references_its_own_service_and_the_building_blocks_only(string name)
    {
        var assembly = Platform.Load(name);
        Assert.Contains(assembly.GetReferencedAssemblies(), r => r.Name == "Commissioning.Domain");
        Assert.Empty(Rules.ReferencesOutsideServiceAndBuildingBlocks(assembly, Platform.ServiceOf(name)));
    }

    [Theory]
    [MemberData(nameof(Platform.ServiceAssemblies), MemberType = typeof(Platform))]
    public void No_type_of_a_service_uses_a_type_of_another_service(string name) =>
        Assert.Empty(Rules.OtherServicesUsed(Platform.Load(name), Platform.ServiceOf(name)));

    [Fact]
    public void Control_the_reference_rule_catches_an_assembly_that_references_other_services()
    {
        // This test assembly references every service: as CarePackages' it would break the rule.
        var found = Rules.ReferencesOutsideServiceAndBuildingBlocks(Controls, "CarePackages");

        Assert.Contains("Workforce.Domain", found);
        Assert.Contains("Contracts.Domain", found);
        Assert.DoesNotContain("Commissioning.Domain", found);
        Assert.DoesNotContain("CarePackages.Domain", found);
        // Nothing else of ours either, by name: the gateway, the tools and the test helpers are no building blocks.
        Assert.True(Rules.IsOutsideServiceAndBuildingBlocks("Commissioning.Gateway", "CarePackages"));
        Assert.True(Rules.IsOutsideServiceAndBuildingBlocks("Commissioning.Testing", "CarePackages"));
        Assert.False(Rules.IsOutsideServiceAndBuildingBlocks("Commissioning.Protos", "CarePackages"));
        Assert.False(Rules.IsOutsideServiceAndBuildingBlocks("Microsoft.EntityFrameworkCore", "CarePackages"));
    }

    [Fact]
    public void Control_the_type_rule_catches_types_that_use_other_services()
    {
        var ns = typeof(KnowsAnEmployer).Namespace!;

        Assert.Equal([typeof(KnowsAProvider).FullName!, typeof(KnowsAnEmployer).FullName!],
            Rules.OtherServicesUsed(Controls, "CarePackages", ns));
        Assert.Equal([typeof(KnowsAProvider).FullName!], Rules.OtherServicesUsed(Controls, "Workforce", ns));
    }
}
