namespace Contracts.Domain.DueDiligence;

/// <summary>The nine areas of due diligence on a provider before award, in P's order (P:L807-815).</summary>
public enum DueDiligenceArea
{
    ProfessionalAndBusinessStanding = 1,
    OrganisationalFinanceAndInsurance,
    HealthAndSafety,
    DataProtection,
    EqualitiesAndDiversity,
    SafeguardingVulnerablePeople,
    QualityManagement,
    RecentContractsAndReferences,
    /// <summary>Skills, knowledge, experience and business continuity plans.</summary>
    BusinessCapability,
}

/// <summary>The six functions on the evaluation team (P:L817).</summary>
public enum EvaluationFunction
{
    Commissioning,
    Procurement,
    Finance,
    HumanResources,
    LegalServices,
    AdultSafeguarding,
}

public enum AreaOutcome
{
    Satisfactory,
    Unsatisfactory,
}

public static class DueDiligenceAreas
{
    public static IReadOnlyList<DueDiligenceArea> All { get; } = Enum.GetValues<DueDiligenceArea>();

    /// <summary>
    /// Which function assesses each area. P names the six functions but not who takes which area;
    /// this is the split a council procurement team would make, and every function has a part.
    /// </summary>
    public static EvaluationFunction AssessedBy(this DueDiligenceArea area) => area switch
    {
        DueDiligenceArea.ProfessionalAndBusinessStanding => EvaluationFunction.Procurement,
        DueDiligenceArea.OrganisationalFinanceAndInsurance => EvaluationFunction.Finance,
        DueDiligenceArea.HealthAndSafety => EvaluationFunction.HumanResources,
        DueDiligenceArea.DataProtection => EvaluationFunction.LegalServices,
        DueDiligenceArea.EqualitiesAndDiversity => EvaluationFunction.HumanResources,
        DueDiligenceArea.SafeguardingVulnerablePeople => EvaluationFunction.AdultSafeguarding,
        DueDiligenceArea.QualityManagement => EvaluationFunction.Commissioning,
        DueDiligenceArea.RecentContractsAndReferences => EvaluationFunction.Procurement,
        DueDiligenceArea.BusinessCapability => EvaluationFunction.Commissioning,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not a due-diligence area."),
    };
}
