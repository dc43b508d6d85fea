using Contracts.Domain.Monitoring;

namespace Contracts.Api.Apis;

public sealed record KpiRequest(string Code, string Name, decimal Target, KpiDirection Direction);
public sealed record KpiReturnRequest(
    string KpiCode, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, DateOnly SubmittedOn);
public sealed record ReviewRequest(
    ReviewType Type, DateOnly HeldOn, IReadOnlyList<OutcomeAssessmentView> Outcomes, string? Notes = null)
{
    public IReadOnlyList<OutcomeAssessment> ToOutcomes() => Outcomes.Select(o => o.ToAssessment()).ToList();
}
public sealed record ComplaintRequest(DateOnly ReceivedOn, string Subject);
public sealed record ComplaintResolution(DateOnly ResolvedOn, bool Upheld);
/// <summary>
/// An issue to raise; the provider answers by <c>responseDue</c>, by default 20 working days after <c>raisedOn</c>.
/// </summary>
public sealed record IssueRequest(
    string Subject, IssueSeverity Severity, DateOnly RaisedOn, string? Kpi = null, DateOnly? ResponseDue = null);
public sealed record IssueResolution(DateOnly ResolvedOn, string Resolution);
