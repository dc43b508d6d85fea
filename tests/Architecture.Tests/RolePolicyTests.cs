using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Commissioning.Identity;

namespace Architecture.Tests;

/// <summary>
/// Rule 4 (issue 14): a route admits its callers by a policy named after the rule it enforces, declared in the
/// service's <c>Infrastructure/{Service}Policies.cs</c> and registered by its Program.cs, never by a role lambda
/// (<c>RequireAuthorization(p => p.RequireRole(...))</c>) whose rule is nowhere named. Read from the source: a
/// lambda leaves nothing in the compiled endpoint to tell it from a named policy.
/// </summary>
public sealed partial class RolePolicyTests
{
    /// <summary>The services whose Apis require named policies (issue 14 moves them one at a time).</summary>
    public static readonly string[] Named =
        ["Workforce", "Contracts", "Notifications", "Returns", "CarePackages", "PooledFinance"];

    public static TheoryData<string> NamedServices() => [.. Named];

    [Theory]
    [MemberData(nameof(NamedServices))]
    public void No_route_admits_callers_by_a_role_lambda(string service) =>
        Assert.Empty(ApisSources(service).SelectMany(f => RoleLambdas(f.Key, f.Value)));

    [Theory]
    [MemberData(nameof(NamedServices))]
    public void Every_policy_a_route_requires_is_declared_and_registered(string service)
    {
        var type = Platform.Load($"{service}.Api").GetType($"{service}.Api.Infrastructure.{service}Policies", true)!;
        var declared = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(RolePolicy))
            .ToDictionary(f => f.Name, f => (RolePolicy)f.GetValue(null)!);
        var all = (RolePolicy[])type.GetField("All")!.GetValue(null)!;

        Assert.Equal(declared.Values.OrderBy(p => p.Name), all.OrderBy(p => p.Name));
        Assert.Contains($"AddCommissioningPolicies({type.Name}.All)",
            File.ReadAllText(Path.Combine(Root(), "services", service, $"{service}.Api", "Program.cs")));
        Assert.Empty(ApisSources(service).SelectMany(f => Undeclared(f.Key, f.Value, type.Name, declared.Keys)));
    }

    [Fact]
    public void Control_the_rule_catches_role_lambdas_and_policies_it_does_not_know()
    {
        const string source = """
            api.MapGet("/", List).RequireAuthorization(p => p.RequireRole(Readers));
            api.MapPost("/", Add).RequireAuthorization(
                policy => policy.RequireRole(Roles.HrOfficer));
            api.MapPut("/", Set).RequireAuthorization(WorkforcePolicies.HostsPosts);
            api.MapPost("/x", Set).RequireAuthorization(WorkforcePolicies.Unregistered);
            api.MapPost("/y", Set).RequireAuthorization("by-a-string");
            var all = app.MapGroup("/z").RequireAuthorization();
            """;

        Assert.Equal(["X.cs:1", "X.cs:2"], RoleLambdas("X.cs", source));
        Assert.Equal(["X.cs:5 WorkforcePolicies.Unregistered", "X.cs:6 \"by-a-string\""],
            Undeclared("X.cs", source, "WorkforcePolicies", ["HostsPosts"]));
    }

    /// <summary>Where a route is given a role lambda ("File.cs:line"); the lambda may start on the next line.</summary>
    public static IReadOnlyList<string> RoleLambdas(string file, string source) =>
        [.. RoleLambda().Matches(source).Select(m => $"{file}:{LineOf(source, m.Index)}")];

    /// <summary>
    /// What a route requires by anything but a policy that <paramref name="policies"/> declares ("File.cs:line
    /// argument").
    /// </summary>
    public static IReadOnlyList<string> Undeclared(string file, string source, string policies,
        IEnumerable<string> declared) =>
        [.. from m in Required().Matches(source).Cast<Match>()
            let argument = m.Groups[1].Value.Trim()
            where argument.Length > 0 && !declared.Any(d => argument == $"{policies}.{d}")
            select $"{file}:{LineOf(source, m.Index)} {argument}"];

    private static Dictionary<string, string> ApisSources(string service)
    {
        var apis = Path.Combine(Root(), "services", service, $"{service}.Api", "Apis");
        var files = Directory.GetFiles(apis, "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        return files.ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f));
    }

    private static int LineOf(string source, int index) => source.AsSpan(0, index).Count('\n') + 1;

    private static string Root([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));

    [GeneratedRegex(@"RequireAuthorization\(\s*\w+\s*=>[^;]*|RequireRole\(")]
    private static partial Regex RoleLambda();

    [GeneratedRegex(@"RequireAuthorization\(([^()]*)\)")]
    private static partial Regex Required();
}
