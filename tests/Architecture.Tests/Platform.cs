using System.Reflection;

namespace Architecture.Tests;

/// <summary>The assemblies the rules are about, loaded by name from the test's output folder.</summary>
public static class Platform
{
    public static readonly string[] Services =
        ["CarePackages", "Contracts", "PooledFinance", "Workforce", "Notifications", "Returns"];

    /// <summary>The only platform assemblies that services may share.</summary>
    public static readonly string[] BuildingBlocks =
    [
        "Commissioning.Domain", "Commissioning.Eventing", "Commissioning.Grpc", "Commissioning.Identity",
        "Commissioning.Persistence", "Commissioning.Protos", "Commissioning.ServiceDefaults",
    ];

    /// <summary>Services whose domain has landed before their Api: their domain is held to the same rules.</summary>
    public static readonly string[] DomainsOnly = [];

    public static readonly string[] DomainNames =
        ["Commissioning.Domain", .. Services.Concat(DomainsOnly).Select(s => $"{s}.Domain")];

    public static readonly string[] ApiNames = [.. Services.Select(s => $"{s}.Api")];

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    public static TheoryData<string> Domains() => [.. DomainNames];

    public static TheoryData<string> Apis() => [.. ApiNames];

    public static TheoryData<string> ServiceAssemblies() =>
        [.. Services.SelectMany(s => new[] { $"{s}.Domain", $"{s}.Api" })];

    /// <summary>The service an assembly belongs to, by its name's first part (Contracts.Api is Contracts').</summary>
    public static string ServiceOf(string assemblyName) => assemblyName.Split('.')[0];

    /// <summary>Whether an assembly, by name, belongs to a service other than <paramref name="own"/>.</summary>
    public static bool IsOtherService(string assemblyName, string own) =>
        Services.Concat(DomainsOnly).Contains(ServiceOf(assemblyName)) && ServiceOf(assemblyName) != own;
}
