using System.Reflection;
using Architecture.Tests.Controls.BadDomain;
using NetArchTest.Rules;

namespace Architecture.Tests;

/// <summary>
/// Rule 1: a domain (Commissioning.Domain and every service's *.Domain) depends on the base class
/// library and the shared kernel only: no store, web, network, file, gRPC, protobuf, Dapr or Redis type,
/// and of System.Text.Json only the Serialization attributes the domains already carry.
/// </summary>
public sealed class DomainDependencyTests
{
    private static readonly Assembly Controls = typeof(ReadsAFile).Assembly;
    private static readonly string BadDomain = typeof(ReadsAFile).Namespace!;

    [Theory]
    [MemberData(nameof(Platform.Domains), MemberType = typeof(Platform))]
    public void A_domain_uses_no_store_web_network_file_grpc_dapr_redis_or_serializer_type(string domain)
    {
        var assembly = Platform.Load(domain);
        Assert.NotEmpty(Types.InAssembly(assembly).GetTypes());
        Assert.Empty(Rules.ForbiddenDependencies(assembly));
    }

    [Theory]
    [MemberData(nameof(Platform.Domains), MemberType = typeof(Platform))]
    public void A_domain_references_only_the_base_class_library_and_the_shared_kernel(string domain)
    {
        var assembly = Platform.Load(domain);
        Assert.Contains(assembly.GetReferencedAssemblies(), r => r.Name == "System.Runtime");
        Assert.Empty(Rules.ReferencesBeyondBaseLibrary(assembly));
    }

    [Fact]
    public void Control_the_dependency_rule_catches_each_forbidden_dependency_and_allows_the_json_attributes()
    {
        string[] breaking =
        [
            nameof(BuildsJsonNodes), nameof(CachesInRedis), nameof(CallsOverHttp), nameof(HoldsAProtobufMessage),
            nameof(KeepsAStore), nameof(ListsADirectory), nameof(OpensAFileStream), nameof(PublishesThroughDapr),
            nameof(ReadsAFile), nameof(ReadsGrpcMetadata), nameof(ReadsTheRequest), nameof(SerialisesItself),
        ];

        var found = Rules.ForbiddenDependencies(Controls, BadDomain);

        Assert.Equal(breaking.Select(n => $"{BadDomain}.{n}").Order(StringComparer.Ordinal), found);
        Assert.DoesNotContain(typeof(OnlyAnnotatesItsJson).FullName, found);
    }

    [Fact]
    public void Control_the_dependency_rule_catches_a_real_assembly_that_stores_and_serves()
    {
        var found = Rules.ForbiddenDependencies(Platform.Load("Workforce.Api"));

        Assert.Contains(found, n => n.StartsWith("Workforce.Api.Infrastructure.", StringComparison.Ordinal));
        Assert.Contains(found, n => n.StartsWith("Workforce.Api.Apis.", StringComparison.Ordinal));
    }

    [Fact]
    public void Control_the_reference_rule_catches_an_assembly_beyond_the_base_class_library()
    {
        var persistence = Rules.ReferencesBeyondBaseLibrary(Platform.Load("Commissioning.Persistence"));
        var api = Rules.ReferencesBeyondBaseLibrary(Platform.Load("Workforce.Api"));

        Assert.Contains("Microsoft.EntityFrameworkCore", persistence);
        Assert.Contains("Microsoft.AspNetCore.Http.Abstractions", api);
        Assert.Contains("Commissioning.Persistence", api);
        Assert.DoesNotContain("System.Runtime", api);
        // This assembly's controls: HttpClient is in the base class library but is I/O; the JSON
        // attributes' System.Text.Json is in it and is not.
        Assert.Contains("System.Net.Http", Rules.ReferencesBeyondBaseLibrary(Controls));
        Assert.DoesNotContain("System.Text.Json", Rules.ReferencesBeyondBaseLibrary(Controls));
    }
}
