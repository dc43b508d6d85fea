namespace Contracts.Domain.Monitoring;

/// <summary>A measure the provider reports against a target, defined by the commissioners.</summary>
public sealed record Kpi(string Code, string Name, decimal Target, KpiDirection Direction)
{
    public bool IsMetBy(decimal value) => Direction == KpiDirection.HigherIsBetter ? value >= Target : value <= Target;
}

/// <summary>A provider's figure for one KPI over one period.</summary>
public sealed record KpiReturn(
    Guid Id, string KpiCode, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, bool MeetsTarget,
    string SubmittedBy, DateOnly SubmittedOn);

/// <summary>How a review judged the provider against one statutory outcome.</summary>
public sealed record OutcomeAssessment(StatutoryOutcome Outcome, OutcomeRating Rating);

/// <summary>A review meeting: regular, or the one annual review of a contract year.</summary>
public sealed record ContractReview(
    Guid Id, ReviewType Type, DateOnly HeldOn, int ContractYear, IReadOnlyList<OutcomeAssessment> Outcomes, string? Notes);

/// <summary>A complaint about the service, resolved upheld or not.</summary>
public sealed class Complaint
{
    private Complaint() { }

    internal Complaint(DateOnly receivedOn, string subject) => (ReceivedOn, Subject) = (receivedOn, subject);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public DateOnly ReceivedOn { get; private set; }
    public string Subject { get; private set; } = "";
    public DateOnly? ResolvedOn { get; private set; }
    public bool? Upheld { get; private set; }

    internal void Resolve(DateOnly on, bool upheld) => (ResolvedOn, Upheld) = (on, upheld);
}

/// <summary>
/// A performance issue under remediation until resolved (W WF-10: Live → Remediation → Live). The
/// provider answers it by <see cref="ResponseDue"/>: 20 working days (England and Wales) after it is
/// raised unless the commissioner sets another working day, as the contracts proto promises.
/// </summary>
public sealed class PerformanceIssue
{
    public const int ResponseWorkingDays = 20;

    private PerformanceIssue() { }

    internal PerformanceIssue(string subject, IssueSeverity severity, DateOnly raisedOn, string? kpi, DateOnly responseDue) =>
        (Subject, Severity, RaisedOn, Kpi, ResponseDue) = (subject, severity, raisedOn, kpi, responseDue);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Subject { get; private set; } = "";
    public IssueSeverity Severity { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    /// <summary>The KPI code or statutory outcome concerned; null for an issue about neither.</summary>
    public string? Kpi { get; private set; }
    public DateOnly ResponseDue { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public string? Resolution { get; private set; }

    public bool IsOpen => ResolvedOn is null;

    internal void Resolve(DateOnly on, string resolution) => (ResolvedOn, Resolution) = (on, resolution);
}
