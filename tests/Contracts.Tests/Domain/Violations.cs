using Commissioning.Domain;

namespace Contracts.Tests.Domain;

/// <summary>Asserts a rule was broken, named or by its kind, and the field it names.</summary>
internal static class Violations
{
    public static RuleViolation Expect(ViolationKind kind, string field, Action act)
    {
        var violation = Assert.Throws<RuleViolation>(act);
        Assert.Equal(kind, violation.Kind);
        Assert.Equal(field, violation.Field);
        return violation;
    }

    public static RuleViolation Expect(Rule rule, string field, Action act)
    {
        var violation = Assert.Throws<RuleViolation>(act);
        Assert.Equal((rule, field), (violation.Rule, violation.Field));
        return violation;
    }
}
