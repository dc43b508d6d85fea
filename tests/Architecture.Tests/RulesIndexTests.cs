using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Commissioning.Domain;
using Commissioning.ServiceDefaults;

namespace Architecture.Tests;

/// <summary>
/// Every rule a service declares (a <see cref="Rule"/> field of its domain or API) has a name no other rule has,
/// is raised somewhere, and is listed in the rules index of the service's domain README, which is made from the
/// declarations (UPDATE_RULES_INDEX=1 rewrites it). Violations raised without a named rule (the general
/// factories of <see cref="RuleViolation"/>, not-found aside) are counted per service and may only get fewer.
/// </summary>
public sealed partial class RulesIndexTests
{
    private const string Update = "UPDATE_RULES_INDEX";
    private const string Begin = "<!-- rules index: made from the code by tests/Architecture.Tests/RulesIndexTests -->";
    private const string End = "<!-- end of rules index -->";

    /// <summary>Raised without a name, by service; lower the figure when you name some, never raise it.</summary>
    private static readonly Dictionary<string, int> Unnamed = new()
    {
        ["CarePackages"] = 0, ["Contracts"] = 0, ["PooledFinance"] = 0, ["Workforce"] = 0,
        ["Notifications"] = 0, ["Returns"] = 0,
    };

    public static TheoryData<string> Services() => [.. Platform.Services];

    [Fact]
    public void No_two_rules_share_a_name()
    {
        var twice = Platform.Services.SelectMany(DeclaredBy).Concat(General())
            .GroupBy(r => r.Rule.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"Rule names used twice: {string.Join(", ", twice)}");
    }

    [Theory, MemberData(nameof(Services))]
    public void Every_rule_a_service_declares_is_raised(string service)
    {
        var source = string.Join("\n", SourceFiles(service).Select(File.ReadAllText));
        var idle = DeclaredBy(service).Where(r => !source.Contains($"{r.Field}.Broken(", StringComparison.Ordinal)
            && !source.Contains($"{r.Field}.Require(", StringComparison.Ordinal)).Select(r => r.Field).ToList();
        Assert.True(idle.Count == 0, $"{service} declares rules it never raises: {string.Join(", ", idle)}");
    }

    [Theory, MemberData(nameof(Services))]
    public void The_rules_index_lists_every_rule_of_the_service(string service)
    {
        var path = Path.Combine(Root(), "services", service, $"{service}.Domain", "README.md");
        var index = Index(service);
        if (Environment.GetEnvironmentVariable(Update) == "1")
            File.WriteAllText(path, WithIndex(File.ReadAllText(path), index));
        var text = File.ReadAllText(path);
        Assert.True(text == WithIndex(text, index),
            $"The rules index in {path} is not the rules {service} declares: "
            + $"{Update}=1 dotnet test tests/Architecture.Tests --filter {nameof(RulesIndexTests)}");
    }

    /// <summary>The README with its index replaced, or added at its end under "Rules by name".</summary>
    private static string WithIndex(string text, string index)
    {
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        return start < 0 || end < start ? $"{text.TrimEnd()}\n\n## Rules by name\n\n{index}\n"
            : text[..start] + index + text[(end + End.Length)..];
    }

    [Theory, MemberData(nameof(Services))]
    public void Violations_raised_without_a_named_rule_only_get_fewer(string service)
    {
        var count = SourceFiles(service).Sum(f => UnnamedViolation().Count(File.ReadAllText(f)));
        Assert.True(count <= Unnamed[service],
            $"{service} raises {count} violations without a named rule, more than {Unnamed[service]}: name the rule "
            + "(a Rule field; Rule.Broken or Rule.Require) instead of RuleViolation.Invalid/Require/Precondition/...");
        Assert.True(count == Unnamed[service],
            $"{service} now raises {count} violations without a named rule: lower its figure in {nameof(Unnamed)}.");
    }

    private static string Index(string service)
    {
        var text = new StringBuilder(Begin).Append('\n');
        if (!DeclaredBy(service).Any())
            return text.Append("None has a name of its own yet: its violations carry the general rules' types\n")
                .Append($"({string.Join(", ", General().Select(r => $"`{r.Rule.ProblemType}`"))}).\n")
                .Append(End).ToString();
        text.Append("| problem type | status | the rule | source |\n|---|---|---|---|\n");
        foreach (var (_, rule) in DeclaredBy(service))
            text.Append($"| `{rule.ProblemType}` | {ProblemStatus.Of(rule.Kind)} | {rule.Says.Replace("|", "\\|")} "
                + $"| {(rule.Source.Length > 0 ? rule.Source : "the platform's own")} |\n");
        return text.Append(End).ToString();
    }

    private static IEnumerable<(string Field, Rule Rule)> DeclaredBy(string service) =>
        RuleCatalog.In(Platform.Load($"{service}.Domain"), Platform.Load($"{service}.Api"));

    private static IEnumerable<(string Field, Rule Rule)> General() => RuleCatalog.In(typeof(Rule).Assembly);

    private static IEnumerable<string> SourceFiles(string service) =>
        Directory.EnumerateFiles(Path.Combine(Root(), "services", service), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal));

    private static string Root([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));

    [GeneratedRegex(@"RuleViolation\.(Invalid|Require|Precondition|Forbidden|AlreadyExists)\(")]
    private static partial Regex UnnamedViolation();
}
