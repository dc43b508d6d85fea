using Commissioning.Domain;
using Contracts.Domain.Agreements;
using Contracts.Domain.SeedWork;
using Ods = Contracts.Domain.SeedWork.OrganisationCode;

namespace Contracts.Domain.Monitoring;

/// <summary>
/// Monitoring of one contract (W WF-10, A §3.6): the statutory outcomes it is held to, KPIs and the
/// provider's returns, regular and annual reviews, complaints, and the performance issues they raise.
/// Contract years run from the contract's start (A: year 1 is April 2018 to March 2019).
/// </summary>
public sealed class ContractMonitoring : AggregateRoot
{
    private readonly List<StatutoryOutcome> _outcomes = [];
    private readonly List<Kpi> _kpis = [];
    private readonly List<KpiReturn> _returns = [];
    private readonly List<ContractReview> _reviews = [];
    private readonly List<Complaint> _complaints = [];
    private readonly List<PerformanceIssue> _issues = [];

    private ContractMonitoring() { }

    public Guid ContractId { get; private set; }
    public Guid ProviderId { get; private set; }
    public string ProviderOdsCode { get; private set; } = "";
    public DateOnly ContractStartsOn { get; private set; }
    public IReadOnlyList<StatutoryOutcome> MonitoredOutcomes => _outcomes;
    public IReadOnlyList<Kpi> Kpis => _kpis;
    public IReadOnlyList<KpiReturn> Returns => _returns;
    public IReadOnlyList<ContractReview> Reviews => _reviews;
    public IReadOnlyList<Complaint> Complaints => _complaints;
    public IReadOnlyList<PerformanceIssue> Issues => _issues;

    public static ContractMonitoring Begin(CommissioningContract contract, IEnumerable<StatutoryOutcome> outcomes)
    {
        var monitoring = new ContractMonitoring
        {
            ContractId = contract.Id, ProviderId = contract.ProviderId,
            ProviderOdsCode = contract.ProviderOdsCode, ContractStartsOn = contract.StartsOn,
        };
        monitoring._outcomes.AddRange(outcomes.Select(o => Text.Defined(o, "outcomes")).Distinct());
        return monitoring;
    }

    public int ContractYearOf(DateOnly date)
    {
        MonitoringRules.FromTheContractStart.Require(date >= ContractStartsOn, "date",
            $"The contract starts on {ContractStartsOn:yyyy-MM-dd}.");
        var years = date.Year - ContractStartsOn.Year;
        return ContractStartsOn.AddYears(years) > date ? years : years + 1;
    }

    /// <summary>Contract years finished by <paramref name="asOf"/> with no annual review held.</summary>
    public IReadOnlyList<int> MissingAnnualReviews(DateOnly asOf)
    {
        var finished = asOf < ContractStartsOn ? 0 : ContractYearOf(asOf) - 1;
        return Enumerable.Range(1, finished)
            .Where(year => !_reviews.Any(r => r.Type == ReviewType.Annual && r.ContractYear == year)).ToList();
    }

    public void DefineKpi(string code, string name, decimal target, KpiDirection direction)
    {
        var kpi = new Kpi(Text.Required(code, "code", 30).ToUpperInvariant(), Text.Required(name, "name"), target, Text.Defined(direction, "direction"));
        if (_kpis.Any(k => k.Code == kpi.Code))
            throw MonitoringRules.KpiDefinedOnce.Broken("code", $"KPI {kpi.Code} is already defined.");
        _kpis.Add(kpi);
    }

    /// <summary>
    /// Takes a provider's return for a KPI and period; only the contract's own provider submits it,
    /// once per KPI and period, after the period ends. A missed target raises a performance issue.
    /// </summary>
    public KpiReturn SubmitKpiReturn(string kpiCode, DateOnly periodStart, DateOnly periodEnd, decimal value, string submittedBy, DateOnly submittedOn)
    {
        var code = (kpiCode ?? "").Trim().ToUpperInvariant();
        var kpi = _kpis.SingleOrDefault(k => k.Code == code) ?? throw RuleViolation.NotFound("kpiCode", $"No KPI {code} on this contract.");
        if (Ods.Normalise(submittedBy, "submittedBy") != ProviderOdsCode)
            throw MonitoringRules.KpiReturnedByTheProvider.Broken("submittedBy",
                "Only the contract's provider submits its KPI returns.");
        MonitoringRules.KpiPeriodWithinTheContract.Require(periodStart >= ContractStartsOn, "periodStart",
            "The period starts before the contract.");
        MonitoringRules.KpiPeriodWithinTheContract.Require(periodEnd >= periodStart, "periodEnd",
            "The period ends before it starts.");
        MonitoringRules.KpiReturnedAfterThePeriod.Require(submittedOn > periodEnd, "submittedOn",
            "A period is returned once it has ended.");
        if (_returns.Any(r => r.KpiCode == code && r.PeriodStart == periodStart && r.PeriodEnd == periodEnd))
            throw MonitoringRules.KpiReturnedOnce.Broken("periodStart", $"{code} has been returned for this period.");
        var kpiReturn = new KpiReturn(Guid.CreateVersion7(), code, periodStart, periodEnd, value, kpi.IsMetBy(value), ProviderOdsCode, submittedOn);
        _returns.Add(kpiReturn);
        Raise(new KpiReturnSubmitted(ContractId, code, periodStart, periodEnd, value, kpiReturn.MeetsTarget));
        if (!kpiReturn.MeetsTarget)
            OpenIssue($"{kpi.Name}: {value} against a target of {kpi.Target} for {periodStart:yyyy-MM-dd} to {periodEnd:yyyy-MM-dd}",
                IssueSeverity.Medium, submittedOn, kpi.Code, null);
        return kpiReturn;
    }

    /// <summary>
    /// Records a review. An annual review, one per contract year, judges every monitored outcome;
    /// a regular review may judge some. An outcome not met raises a high-severity performance issue.
    /// </summary>
    public ContractReview RecordReview(ReviewType type, DateOnly heldOn, IReadOnlyList<OutcomeAssessment> outcomes, string? notes = null)
    {
        Text.Defined(type, "type");
        var year = ContractYearOf(heldOn);
        MonitoringRules.ReviewJudgesMonitoredOutcomes.Require(
            outcomes.All(o => _outcomes.Contains(o.Outcome) && Enum.IsDefined(o.Rating)), "outcomes",
            "Judge only the outcomes this contract is monitored on.");
        MonitoringRules.ReviewJudgesMonitoredOutcomes.Require(
            outcomes.Select(o => o.Outcome).Distinct().Count() == outcomes.Count, "outcomes",
            "Judge each outcome once.");
        if (type == ReviewType.Annual)
        {
            if (_reviews.Any(r => r.Type == ReviewType.Annual && r.ContractYear == year))
                throw MonitoringRules.AnnualReviewOnceAYear.Broken("type",
                    $"Contract year {year} already has its annual review.");
            MonitoringRules.AnnualReviewJudgesEveryOutcome.Require(
                _outcomes.All(o => outcomes.Any(x => x.Outcome == o)), "outcomes",
                "An annual review judges every monitored outcome.");
        }
        var review = new ContractReview(Guid.CreateVersion7(), type, heldOn, year, outcomes.ToList(), notes?.Trim());
        _reviews.Add(review);
        Raise(new ContractReviewHeld(ContractId, review.Id, type, heldOn, year, review.Outcomes));
        foreach (var missed in outcomes.Where(o => o.Rating == OutcomeRating.NotMet))
            OpenIssue($"{missed.Outcome} not met at the {type.ToString().ToLowerInvariant()} review", IssueSeverity.High, heldOn, missed.Outcome.ToString(), null);
        return review;
    }

    /// <summary>
    /// Raises an issue found by a review or KPI. The provider answers by <paramref name="responseDue"/>,
    /// a working day after the issue is raised, or by default <see cref="PerformanceIssue.ResponseWorkingDays"/>
    /// working days after it.
    /// </summary>
    public PerformanceIssue RaiseIssue(string subject, IssueSeverity severity, DateOnly raisedOn, string? kpi = null, DateOnly? responseDue = null)
    {
        var text = Text.Required(subject, "subject");
        Text.Defined(severity, "severity");
        var measure = string.IsNullOrWhiteSpace(kpi) ? null : Text.Required(kpi, "kpi", 100);
        MonitoringRules.FromTheContractStart.Require(raisedOn >= ContractStartsOn, "raisedOn",
            "The contract has not started.");
        MonitoringRules.ResponseDueOnALaterWorkingDay.Require(
            responseDue is null || responseDue > raisedOn, "responseDue",
            "The response is due after the issue is raised.");
        MonitoringRules.ResponseDueOnALaterWorkingDay.Require(
            responseDue is null || WorkingDays.IsWorkingDay(responseDue.Value), "responseDue",
            $"{responseDue:yyyy-MM-dd} is not a working day in England and Wales.");
        return OpenIssue(text, severity, raisedOn, measure, responseDue);
    }

    public void ResolveIssue(Guid issueId, DateOnly resolvedOn, string resolution)
    {
        var text = Text.Required(resolution, "resolution");
        var issue = _issues.SingleOrDefault(i => i.Id == issueId) ?? throw RuleViolation.NotFound("issueId", "No such performance issue.");
        if (!issue.IsOpen) throw MonitoringRules.IssueResolvedOnce.Broken("issueId", "The issue is already resolved.");
        MonitoringRules.ResolvedAfterItArose.Require(resolvedOn >= issue.RaisedOn, "resolvedOn",
            "An issue cannot be resolved before it was raised.");
        issue.Resolve(resolvedOn, text);
        Raise(new ContractPerformanceIssueResolved(ContractId, issueId, resolvedOn));
    }

    public Complaint RecordComplaint(DateOnly receivedOn, string subject)
    {
        MonitoringRules.FromTheContractStart.Require(receivedOn >= ContractStartsOn, "receivedOn",
            "The contract has not started.");
        var complaint = new Complaint(receivedOn, Text.Required(subject, "subject", 500));
        _complaints.Add(complaint);
        Raise(new ComplaintReceived(ContractId, complaint.Id, receivedOn));
        return complaint;
    }

    public void ResolveComplaint(Guid complaintId, DateOnly resolvedOn, bool upheld)
    {
        var complaint = _complaints.SingleOrDefault(c => c.Id == complaintId) ?? throw RuleViolation.NotFound("complaintId", "No such complaint.");
        if (complaint.ResolvedOn is not null)
            throw MonitoringRules.ComplaintResolvedOnce.Broken("complaintId", "The complaint is already resolved.");
        MonitoringRules.ResolvedAfterItArose.Require(resolvedOn >= complaint.ReceivedOn, "resolvedOn",
            "A complaint cannot be resolved before it was received.");
        complaint.Resolve(resolvedOn, upheld);
    }

    /// <summary>Complaints received in a period, and how many of those were upheld: the review's complaints figure.</summary>
    public (int Received, int Upheld) ComplaintsBetween(DateOnly from, DateOnly to)
    {
        var inPeriod = _complaints.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to).ToList();
        return (inPeriod.Count, inPeriod.Count(c => c.Upheld == true));
    }

    private PerformanceIssue OpenIssue(string subject, IssueSeverity severity, DateOnly raisedOn, string? kpi, DateOnly? responseDue)
    {
        var due = responseDue ?? WorkingDays.AddWorkingDays(raisedOn, PerformanceIssue.ResponseWorkingDays);
        var issue = new PerformanceIssue(subject, severity, raisedOn, kpi, due);
        _issues.Add(issue);
        Raise(new ContractPerformanceIssueRaised(ContractId, ProviderId, issue.Id, subject, severity, raisedOn, kpi, due));
        return issue;
    }
}
