using System.Reflection;
using System.Text.Json;
using NetArchTest.Rules;

namespace Architecture.Tests;

/// <summary>
/// The rules as functions from what is checked to what breaks them, so that the tests run each rule on
/// the platform's assemblies (expecting nothing) and on Controls/ or an assembly that does break it
/// (expecting exactly the breaches), and a rule that can no longer fail shows up as a failing control.
/// </summary>
public static class Rules
{
    /// <summary>
    /// What a domain may not touch: stores, the web, the network, files, gRPC and protobuf, Dapr and
    /// Redis. The file types are named one by one (System.IO's streams and readers over memory are fine).
    /// </summary>
    public static readonly string[] ForbiddenInDomains =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions",
        "System.Net.Http", "System.Net.Sockets",
        "System.IO.File", "System.IO.FileInfo", "System.IO.FileStream", "System.IO.FileSystemInfo",
        "System.IO.FileSystemWatcher", "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.DriveInfo",
        "System.IO.RandomAccess",
        "Grpc", "Google.Protobuf", "Dapr", "StackExchange.Redis",
        .. JsonOutsideSerialization(),
    ];

    /// <summary>
    /// System.Text.Json except its Serialization namespace. The domains do use that one, for how their
    /// objects are stored and sent, not for doing I/O: AggregateRoot's [JsonIgnore] on the pending events
    /// and version, Workforce's Fte ([JsonConstructor], [JsonIgnore]) and PooledFinance's ShareRule
    /// ([JsonPolymorphic], [JsonDerivedType]). So System.Text.Json.Serialization is allowed and the rest of
    /// System.Text.Json (the serializer, documents, nodes, readers and writers, metadata) is not.
    /// </summary>
    public static IEnumerable<string> JsonOutsideSerialization()
    {
        var types = typeof(JsonSerializer).Assembly.GetExportedTypes()
            .Where(t => !t.IsNested && t.Namespace is { } ns && (ns == "System.Text.Json"
                || ns.StartsWith("System.Text.Json.", StringComparison.Ordinal)))
            .ToList();
        var namespaces = types.Select(t => t.Namespace!).Distinct()
            .Where(ns => ns is not "System.Text.Json" and not "System.Text.Json.Serialization");
        var topLevel = types.Where(t => t.Namespace == "System.Text.Json").Select(t => t.FullName!);
        return namespaces.Concat(topLevel).Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Parts of Microsoft.NETCore.App that are I/O all the same (network, files, pipes, processes, data),
    /// and its Microsoft.* assemblies (Win32, the C# and VB runtimes), which a domain has no use for.
    /// </summary>
    private static readonly string[] BaseLibraryOffLimits =
    [
        "System.Net.", "System.IO.FileSystem", "System.IO.Pipes", "System.IO.MemoryMappedFiles",
        "System.IO.Ports", "System.Data", "System.Diagnostics.Process", "Microsoft.",
    ];

    private static readonly string RuntimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    /// <summary>
    /// The types of <paramref name="assembly"/> (or of its namespace <paramref name="inNamespace"/>) that use
    /// anything in <see cref="ForbiddenInDomains"/>.
    /// </summary>
    public static IReadOnlyList<string> ForbiddenDependencies(Assembly assembly, string? inNamespace = null) =>
        Failing(ShouldNot(assembly, inNamespace).HaveDependencyOnAny(ForbiddenInDomains).GetResult());

    /// <summary>
    /// The assemblies a domain assembly references beyond the base class library (Microsoft.NETCore.App,
    /// less its network, file, process and data parts) and the shared kernel, Commissioning.Domain.
    /// </summary>
    public static IReadOnlyList<string> ReferencesBeyondBaseLibrary(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(n => n != "Commissioning.Domain" && !IsPlainBaseLibrary(n)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Allowed all the same: System.Net.Primitives holds IPAddress and IPNetwork, values a rule can classify
    /// (the notifications domain refuses private and metadata addresses) without opening a socket; the socket
    /// types themselves stay forbidden by <see cref="ForbiddenInDomains"/>.
    /// </summary>
    private static readonly string[] PureValuesOfOffLimits = ["System.Net.Primitives"];

    private static bool IsPlainBaseLibrary(string name) =>
        File.Exists(Path.Combine(RuntimeDirectory, name + ".dll"))
        && (PureValuesOfOffLimits.Contains(name)
            || !BaseLibraryOffLimits.Any(p => name.StartsWith(p, StringComparison.Ordinal)));

    /// <summary>
    /// The types of <paramref name="assembly"/> (or of its namespace <paramref name="inNamespace"/>) that use
    /// a type of a service other than <paramref name="own"/> (any namespace under another service's name).
    /// </summary>
    public static IReadOnlyList<string> OtherServicesUsed(Assembly assembly, string own, string? inNamespace = null) =>
        Failing(ShouldNot(assembly, inNamespace)
            .HaveDependencyOnAny([.. Platform.Services.Concat(Platform.DomainsOnly).Where(s => s != own)]).GetResult());

    /// <summary>
    /// The platform assemblies <paramref name="assembly"/> references that are neither <paramref name="own"/>
    /// service's nor building blocks: another service's, or anything else of ours (the gateway, tools).
    /// </summary>
    public static IReadOnlyList<string> ReferencesOutsideServiceAndBuildingBlocks(Assembly assembly, string own) =>
        [.. assembly.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(n => IsOutsideServiceAndBuildingBlocks(n, own)).Order(StringComparer.Ordinal)];

    public static bool IsOutsideServiceAndBuildingBlocks(string assemblyName, string own) =>
        Platform.IsOtherService(assemblyName, own)
        || (assemblyName.StartsWith("Commissioning.", StringComparison.Ordinal)
            && !Platform.BuildingBlocks.Contains(assemblyName));

    /// <summary>
    /// What an API sends and receives: the public classes and records of an "Apis" namespace, less the
    /// static classes that map the endpoints and hold the tags and examples. Not only *Request, *Response,
    /// *View and *Summary: the bodies are named for what they ask (NewSupportPlan, TeamChange, SettlementRun,
    /// VacancyAssignment, ...; 70 of the 302) and the lists' items for what they are (*Row, *Line, *Page).
    /// Also a "Reports" namespace: ReportsApi sends PooledFinance's JointMonthlyReport as it is.
    /// </summary>
    public static IReadOnlyList<Type> ApiContractTypes(Assembly assembly, string? underNamespace = null) =>
        [.. assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && ns.Split('.').Skip(1).Any(part => part is "Apis" or "Reports"))
            .Where(t => underNamespace is null || t.Namespace!.StartsWith(underNamespace, StringComparison.Ordinal))
            .Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>
    /// Each public property of <paramref name="types"/> whose type, element type or generic argument is a
    /// class or interface of a *.Domain assembly ("View.Property: Domain.Type"). Enums and structs of the
    /// domains (FinancialYear, a status) are values and may be sent as they are.
    /// </summary>
    public static IReadOnlyList<string> DomainTypesExposed(IEnumerable<Type> types) =>
        [.. from t in types
            from p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            from d in DomainReferenceTypesIn(p.PropertyType).Distinct()
            select $"{t.FullName}.{p.Name}: {d.FullName}"];

    private static IEnumerable<Type> DomainReferenceTypesIn(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var d in DomainReferenceTypesIn(type.GetElementType()!)) yield return d;
            yield break;
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var d in type.GetGenericArguments().SelectMany(DomainReferenceTypesIn)) yield return d;
            type = type.GetGenericTypeDefinition();
        }
        if (!type.IsGenericParameter && !type.IsValueType && IsDomain(type.Assembly)) yield return type;
    }

    public static bool IsDomain(Assembly assembly) =>
        assembly.GetName().Name!.EndsWith(".Domain", StringComparison.Ordinal);

    private static Conditions ShouldNot(Assembly assembly, string? inNamespace) =>
        inNamespace is null ? Types.InAssembly(assembly).ShouldNot()
            : Types.InAssembly(assembly).That().ResideInNamespace(inNamespace).ShouldNot();

    private static IReadOnlyList<string> Failing(TestResult result) =>
        result.IsSuccessful ? [] : [.. result.FailingTypeNames.Order(StringComparer.Ordinal)];
}
