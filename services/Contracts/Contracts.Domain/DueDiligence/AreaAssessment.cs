namespace Contracts.Domain.DueDiligence;

/// <summary>One function's finding on one area; a later finding on the same area replaces it until sign-off.</summary>
public sealed class AreaAssessment
{
    private AreaAssessment() { }

    internal AreaAssessment(DueDiligenceArea area, EvaluationFunction function, string assessor, AreaOutcome outcome, DateOnly assessedOn, string? notes) =>
        (Area, Function, Assessor, Outcome, AssessedOn, Notes) = (area, function, assessor, outcome, assessedOn, notes);

    public DueDiligenceArea Area { get; private set; }
    public EvaluationFunction Function { get; private set; }
    public string Assessor { get; private set; } = "";
    public AreaOutcome Outcome { get; private set; }
    public DateOnly AssessedOn { get; private set; }
    public string? Notes { get; private set; }
}
