using System.Reflection;

namespace Commissioning.Domain;

/// <summary>The rules an assembly declares: its public static <see cref="Rule"/> fields, by name.</summary>
public static class RuleCatalog
{
    /// <summary>Each rule with where it is declared ("EndpointRules.HttpsOnly"), ordered by the rule's name.</summary>
    public static IReadOnlyList<(string Declaration, Rule Rule)> In(params Assembly[] assemblies) =>
        [.. assemblies.Distinct().SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(Rule))
            .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (Rule)f.GetValue(null)!))
            .OrderBy(r => r.Item2.Name, StringComparer.Ordinal)];
}
