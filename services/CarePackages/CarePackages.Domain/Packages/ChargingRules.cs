using Commissioning.Domain;

namespace CarePackages.Domain.Packages;

/// <summary>The rules of charging for a package's care (A §5.26 L1360; B R-CPB-07).</summary>
public static class ChargingRules
{
    public static readonly Rule ChargingStaysWithTheCouncil = new("charging-stays-with-the-council",
        ViolationKind.Forbidden,
        "Financial assessment, charging and income collection stay with the council.", "A §5.26 L1360; B R-CPB-07");
    public static readonly Rule FinancialAssessmentDue = new("financial-assessment-due", ViolationKind.Precondition,
        "A financial assessment is recorded for a package that has one due.", "A §5.26 L1360");
    public static readonly Rule ChargingOutcomeStated = new("charging-outcome-stated", ViolationKind.Invalid,
        "A financial assessment follows the package's start and states its outcome: no charge, full cost, or a "
        + "weekly contribution above £0 and at most the weekly budget.", "A §5.26 L1360; B R-CPB-07");
}
