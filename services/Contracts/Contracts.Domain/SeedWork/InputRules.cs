using Commissioning.Domain;

namespace Contracts.Domain.SeedWork;

/// <summary>The rules every input of the contracts service meets before a rule of the market is asked.</summary>
public static class InputRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;

    public static readonly Rule TextStated = new("text-stated", Invalid,
        "Free text a rule depends on (a name, a reason, a reference) is given, and of at most its field's length.");
    public static readonly Rule KnownValue = new("known-value", Invalid,
        "A value from a list (a service type, a rate unit, a rating) is one the list has.");
    public static readonly Rule OdsCodeShape = new("ods-code-shape", Invalid,
        "An organisation is named by its NHS ODS code: 3 to 10 letters or digits.");
}
