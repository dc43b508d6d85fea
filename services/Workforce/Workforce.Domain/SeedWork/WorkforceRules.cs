using Commissioning.Domain;

namespace Workforce.Domain.SeedWork;

/// <summary>The rules every workforce record's figures and employers keep.</summary>
public static class WorkforceRules
{
    private const ViolationKind Invalid = ViolationKind.Invalid;

    public static readonly Rule FteExactAndNotNegative = new("fte-exact-and-not-negative", Invalid,
        "FTE is held to hundredths, is not below zero, and is no more than any employer holds.",
        "proto workforce/v1 (hundredths)");
    public static readonly Rule EmployerCodeByKind = new("employer-code-by-kind", Invalid,
        "An employer has a name and the code its kind uses (a council's GSS code, an NHS body's ODS code).",
        "A §1.1 (Wirral Council E08000015, CWP RXA)");
}
