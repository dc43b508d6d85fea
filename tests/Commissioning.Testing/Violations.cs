using Commissioning.Domain;

namespace Commissioning.Testing;

public static class Violations
{
    /// <summary>The field and the rule a violation names, to assert both at once.</summary>
    public static (string Field, Rule Rule) Named(this RuleViolation violation) => (violation.Field, violation.Rule);
}
