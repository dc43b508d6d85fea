using Contracts.Domain.Monitoring;

namespace Contracts.Api.Apis;

/// <summary>A measure the provider reports against a target.</summary>
public sealed record KpiView(string Code, string Name, decimal Target, KpiDirection Direction);

/// <summary>A provider's figure for one KPI over one period, and whether it meets the target.</summary>
public sealed record KpiReturnView(
    Guid Id, string KpiCode, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, bool MeetsTarget,
    string SubmittedBy, DateOnly SubmittedOn)
{
    public static KpiReturnView Of(KpiReturn r) =>
        new(r.Id, r.KpiCode, r.PeriodStart, r.PeriodEnd, r.Value, r.MeetsTarget, r.SubmittedBy, r.SubmittedOn);
}

/// <summary>How a review judged the provider against one statutory outcome.</summary>
public sealed record OutcomeAssessmentView(StatutoryOutcome Outcome, OutcomeRating Rating)
{
    public OutcomeAssessment ToAssessment() => new(Outcome, Rating);
}

/// <summary>A review meeting: regular, or the annual review of a contract year.</summary>
public sealed record ReviewView(
    Guid Id, ReviewType Type, DateOnly HeldOn, int ContractYear, IReadOnlyList<OutcomeAssessmentView> Outcomes,
    string? Notes);

/// <summary>A complaint about the service, resolved upheld or not.</summary>
public sealed record ComplaintView(Guid Id, DateOnly ReceivedOn, string Subject, DateOnly? ResolvedOn, bool? Upheld);

/// <summary>A performance issue raised with the provider, answered by its response date.</summary>
public sealed record IssueView(
    Guid Id, string Subject, IssueSeverity Severity, DateOnly RaisedOn, string? Kpi, DateOnly ResponseDue,
    DateOnly? ResolvedOn, string? Resolution, bool IsOpen);

/// <summary>A contract's monitoring: outcomes, KPIs and returns, reviews, complaints and issues.</summary>
public sealed record MonitoringView(
    Guid Id, Guid ContractId, Guid ProviderId, string ProviderOdsCode, DateOnly ContractStartsOn,
    IReadOnlyList<StatutoryOutcome> MonitoredOutcomes, IReadOnlyList<KpiView> Kpis,
    IReadOnlyList<KpiReturnView> Returns, IReadOnlyList<ReviewView> Reviews, IReadOnlyList<ComplaintView> Complaints,
    IReadOnlyList<IssueView> Issues)
{
    public static MonitoringView Of(ContractMonitoring m) => new(
        m.Id, m.ContractId, m.ProviderId, m.ProviderOdsCode, m.ContractStartsOn, m.MonitoredOutcomes,
        m.Kpis.Select(k => new KpiView(k.Code, k.Name, k.Target, k.Direction)).ToList(),
        m.Returns.Select(KpiReturnView.Of).ToList(),
        m.Reviews.Select(r => new ReviewView(r.Id, r.Type, r.HeldOn, r.ContractYear,
            r.Outcomes.Select(o => new OutcomeAssessmentView(o.Outcome, o.Rating)).ToList(), r.Notes)).ToList(),
        m.Complaints.Select(c => new ComplaintView(c.Id, c.ReceivedOn, c.Subject, c.ResolvedOn, c.Upheld)).ToList(),
        m.Issues.Select(i => new IssueView(
            i.Id, i.Subject, i.Severity, i.RaisedOn, i.Kpi, i.ResponseDue, i.ResolvedOn, i.Resolution,
            i.IsOpen)).ToList());
}
