using Commissioning.Domain;

namespace Contracts.Domain.Monitoring;

public sealed record ContractReviewHeld(
    Guid ContractId, Guid ReviewId, ReviewType Type, DateOnly HeldOn, int ContractYear,
    IReadOnlyList<OutcomeAssessment> Outcomes) : IDomainEvent;

public sealed record KpiReturnSubmitted(
    Guid ContractId, string KpiCode, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, bool MeetsTarget) : IDomainEvent;

/// <summary>W event ContractPerformanceIssueRaised: pooled finance and governance follow it up.</summary>
public sealed record ContractPerformanceIssueRaised(
    Guid ContractId, Guid ProviderId, Guid IssueId, string Subject, IssueSeverity Severity, DateOnly RaisedOn,
    string? Kpi, DateOnly ResponseDue) : IDomainEvent;

public sealed record ContractPerformanceIssueResolved(Guid ContractId, Guid IssueId, DateOnly ResolvedOn) : IDomainEvent;

public sealed record ComplaintReceived(Guid ContractId, Guid ComplaintId, DateOnly ReceivedOn) : IDomainEvent;
