using Commissioning.Domain;

namespace Contracts.Tests.Domain;

/// <summary>Asserts a rule was broken with the expected kind and field.</summary>
internal static class Violations
{
    public static RuleViolation Expect(ViolationKind kind, string field, Action act)
    {
        var violation = Assert.Throws<RuleViolation>(act);
        Assert.Equal(kind, violation.Kind);
        Assert.Equal(field, violation.Field);
        return violation;
    }
}
