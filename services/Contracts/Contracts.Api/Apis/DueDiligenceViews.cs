using Contracts.Domain.DueDiligence;

namespace Contracts.Api.Apis;

/// <summary>One area's assessment by the function that owns it.</summary>
public sealed record AreaAssessmentView(
    DueDiligenceArea Area, EvaluationFunction Function, string Assessor, AreaOutcome Outcome, DateOnly AssessedOn,
    string? Notes)
{
    public static AreaAssessmentView Of(AreaAssessment a) =>
        new(a.Area, a.Function, a.Assessor, a.Outcome, a.AssessedOn, a.Notes);
}

/// <summary>A provider's due diligence: the areas assessed, those outstanding, the sign-off and whose it was.</summary>
public sealed record DueDiligenceView(
    Guid Id, Guid ProviderId, DateOnly StartedOn, IReadOnlyList<AreaAssessmentView> Areas, string? SignedOffBy,
    string? SignatoryRole, DateOnly? SignedOffOn, bool IsSignedOff, IReadOnlyList<DueDiligenceArea> Outstanding,
    string? SignedOffFor = null)
{
    public static DueDiligenceView Of(DueDiligenceAssessment d) => new(
        d.Id, d.ProviderId, d.StartedOn, d.Areas.Select(AreaAssessmentView.Of).ToList(), d.SignedOffBy, d.SignatoryRole,
        d.SignedOffOn, d.IsSignedOff, d.Outstanding, d.SignedOffFor);
}
