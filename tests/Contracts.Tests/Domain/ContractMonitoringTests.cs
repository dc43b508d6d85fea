using Commissioning.Domain;
using Contracts.Domain.Agreements;
using Contracts.Domain.Monitoring;

namespace Contracts.Tests.Domain;

public class ContractMonitoringTests
{
    private static readonly StatutoryOutcome[] AllOutcomes = Enum.GetValues<StatutoryOutcome>();
    private readonly ContractMonitoring _monitoring = ContractMonitoring.Begin(Seeds.AwardedS75(), AllOutcomes);

    private static IReadOnlyList<OutcomeAssessment> AllMet() => AllOutcomes.Select(o => new OutcomeAssessment(o, OutcomeRating.Met)).ToList();

    [Fact]
    public void The_six_statutory_outcomes_of_W_L738_L743_are_monitored()
    {
        Assert.Equal(6, _monitoring.MonitoredOutcomes.Count);
        Assert.Contains(StatutoryOutcome.SupportingCarers, _monitoring.MonitoredOutcomes);
        Assert.Contains(StatutoryOutcome.ManagingDemand, _monitoring.MonitoredOutcomes);
    }

    [Theory]
    [InlineData("2018-04-01", 1)]
    [InlineData("2019-03-31", 1)]
    [InlineData("2019-04-01", 2)]
    [InlineData("2022-03-31", 4)]
    public void Contract_years_run_from_the_start_A_L1434(string date, int year)
    {
        Assert.Equal(year, _monitoring.ContractYearOf(DateOnly.Parse(date)));
    }

    [Fact]
    public void One_annual_review_per_contract_year_A_L985()
    {
        _monitoring.RecordReview(ReviewType.Annual, new DateOnly(2019, 3, 15), AllMet());

        Violations.Expect(ViolationKind.AlreadyExists, "type", () => _monitoring.RecordReview(ReviewType.Annual, new DateOnly(2019, 3, 28), AllMet()));
        _monitoring.RecordReview(ReviewType.Annual, new DateOnly(2020, 3, 15), AllMet());

        Assert.Equal([1, 2], _monitoring.Reviews.Select(r => r.ContractYear));
        Assert.Equal(2, _monitoring.DomainEvents.OfType<ContractReviewHeld>().Count());
    }

    [Fact]
    public void Regular_reviews_recur_within_a_year_W_L816()
    {
        _monitoring.RecordReview(ReviewType.Regular, new DateOnly(2018, 6, 30), [new OutcomeAssessment(StatutoryOutcome.AssessingNeeds, OutcomeRating.Met)]);
        _monitoring.RecordReview(ReviewType.Regular, new DateOnly(2018, 9, 30), []);

        Assert.Equal(2, _monitoring.Reviews.Count);
        Assert.Empty(_monitoring.Issues);
    }

    [Fact]
    public void An_annual_review_judges_every_monitored_outcome()
    {
        Violations.Expect(ViolationKind.Invalid, "outcomes",
            () => _monitoring.RecordReview(ReviewType.Annual, new DateOnly(2019, 3, 15), AllMet().Skip(1).ToList()));

        Assert.Empty(_monitoring.Reviews);
    }

    [Fact]
    public void An_outcome_not_met_raises_a_performance_issue_event()
    {
        var outcomes = AllMet().Select(o => o.Outcome == StatutoryOutcome.SupportingCarers ? o with { Rating = OutcomeRating.NotMet } : o).ToList();

        _monitoring.RecordReview(ReviewType.Annual, new DateOnly(2019, 3, 15), outcomes);

        var e = Assert.IsType<ContractPerformanceIssueRaised>(_monitoring.DomainEvents.Last());
        Assert.Equal(IssueSeverity.High, e.Severity);
        Assert.Contains(nameof(StatutoryOutcome.SupportingCarers), e.Subject);
        Assert.True(Assert.Single(_monitoring.Issues).IsOpen);
    }

    [Fact]
    public void Missing_annual_reviews_are_the_finished_years_without_one()
    {
        _monitoring.RecordReview(ReviewType.Annual, new DateOnly(2019, 3, 15), AllMet());

        Assert.Equal([2], _monitoring.MissingAnnualReviews(new DateOnly(2020, 4, 1)));
        Assert.Empty(_monitoring.MissingAnnualReviews(new DateOnly(2018, 1, 1)));
    }

    [Fact]
    public void A_KPI_return_that_misses_its_target_raises_a_performance_issue()
    {
        // Illustrative KPI: A promises KPIs (L241) but defines none.
        _monitoring.DefineKpi("ASSESS28", "Assessments completed within 28 days (%)", 90m, KpiDirection.HigherIsBetter);

        var met = _monitoring.SubmitKpiReturn("assess28", new DateOnly(2018, 4, 1), new DateOnly(2018, 6, 30), 92.5m, Seeds.Cwp, new DateOnly(2018, 7, 10));
        var missed = _monitoring.SubmitKpiReturn("ASSESS28", new DateOnly(2018, 7, 1), new DateOnly(2018, 9, 30), 81m, Seeds.Cwp, new DateOnly(2018, 10, 10));

        Assert.True(met.MeetsTarget);
        Assert.False(missed.MeetsTarget);
        var issue = Assert.Single(_monitoring.Issues);
        Assert.Equal((IssueSeverity.Medium, "ASSESS28"), (issue.Severity, issue.Kpi));
        Assert.Single(_monitoring.DomainEvents.OfType<ContractPerformanceIssueRaised>());
    }

    [Fact]
    public void A_performance_issue_is_answered_in_20_working_days_which_skip_the_Christmas_bank_holidays()
    {
        // Raised Friday 14 December 2018: 25 and 26 December and 1 January are bank holidays in England and Wales.
        var issue = _monitoring.RaiseIssue("Reviews overdue", IssueSeverity.Medium, new DateOnly(2018, 12, 14), "reviews-within-12-weeks");

        Assert.Equal(new DateOnly(2019, 1, 16), issue.ResponseDue);
        Assert.Equal("reviews-within-12-weeks", issue.Kpi);
        var e = Assert.IsType<ContractPerformanceIssueRaised>(Assert.Single(_monitoring.DomainEvents));
        Assert.Equal((new DateOnly(2019, 1, 16), "reviews-within-12-weeks"), (e.ResponseDue, e.Kpi));
    }

    [Theory]
    [InlineData("2018-12-14")]
    [InlineData("2018-12-25")]
    [InlineData("2018-12-22")]
    public void A_response_date_the_commissioner_sets_is_a_later_working_day(string responseDue)
    {
        Violations.Expect(ViolationKind.Invalid, "responseDue", () =>
            _monitoring.RaiseIssue("Reviews overdue", IssueSeverity.Medium, new DateOnly(2018, 12, 14), null, DateOnly.Parse(responseDue)));

        Assert.Empty(_monitoring.Issues);
        Assert.Empty(_monitoring.DomainEvents);
        Assert.Equal(new DateOnly(2018, 12, 21), _monitoring.RaiseIssue("Reviews overdue", IssueSeverity.High, new DateOnly(2018, 12, 14), null, new DateOnly(2018, 12, 21)).ResponseDue);
    }

    [Fact]
    public void A_lower_is_better_KPI_is_missed_when_above_target()
    {
        _monitoring.DefineKpi("DTOC", "Delayed transfers of care (days)", 100m, KpiDirection.LowerIsBetter);

        var kpiReturn = _monitoring.SubmitKpiReturn("DTOC", new DateOnly(2018, 4, 1), new DateOnly(2018, 4, 30), 120m, Seeds.Cwp, new DateOnly(2018, 5, 5));

        Assert.False(kpiReturn.MeetsTarget);
    }

    [Fact]
    public void Only_the_contracts_provider_submits_its_KPI_returns()
    {
        _monitoring.DefineKpi("ASSESS28", "Assessments completed within 28 days (%)", 90m, KpiDirection.HigherIsBetter);

        Violations.Expect(ViolationKind.Forbidden, "submittedBy",
            () => _monitoring.SubmitKpiReturn("ASSESS28", new DateOnly(2018, 4, 1), new DateOnly(2018, 6, 30), 95m, "VNKAB", new DateOnly(2018, 7, 10)));

        Assert.Empty(_monitoring.Returns);
    }

    [Fact]
    public void A_KPI_return_is_for_a_defined_KPI_a_finished_period_and_only_once()
    {
        _monitoring.DefineKpi("ASSESS28", "Assessments completed within 28 days (%)", 90m, KpiDirection.HigherIsBetter);
        var q1 = (new DateOnly(2018, 4, 1), new DateOnly(2018, 6, 30));

        Violations.Expect(ViolationKind.NotFound, "kpiCode", () => _monitoring.SubmitKpiReturn("NOPE", q1.Item1, q1.Item2, 1m, Seeds.Cwp, new DateOnly(2018, 7, 1)));
        Violations.Expect(ViolationKind.Invalid, "submittedOn", () => _monitoring.SubmitKpiReturn("ASSESS28", q1.Item1, q1.Item2, 95m, Seeds.Cwp, q1.Item2));
        _monitoring.SubmitKpiReturn("ASSESS28", q1.Item1, q1.Item2, 95m, Seeds.Cwp, new DateOnly(2018, 7, 1));
        Violations.Expect(ViolationKind.AlreadyExists, "periodStart", () => _monitoring.SubmitKpiReturn("ASSESS28", q1.Item1, q1.Item2, 96m, Seeds.Cwp, new DateOnly(2018, 7, 2)));
        Violations.Expect(ViolationKind.AlreadyExists, "code", () => _monitoring.DefineKpi("assess28", "Duplicate", 1m, KpiDirection.HigherIsBetter));
    }

    [Fact]
    public void Complaints_are_counted_for_the_review_period_A_L1406()
    {
        var first = _monitoring.RecordComplaint(new DateOnly(2018, 5, 2), "Delay in assessment");
        _monitoring.RecordComplaint(new DateOnly(2018, 6, 20), "Care plan not shared");
        _monitoring.RecordComplaint(new DateOnly(2018, 8, 1), "Outside the quarter");
        _monitoring.ResolveComplaint(first.Id, new DateOnly(2018, 5, 30), upheld: true);

        Assert.Equal((2, 1), _monitoring.ComplaintsBetween(new DateOnly(2018, 4, 1), new DateOnly(2018, 6, 30)));
        Violations.Expect(ViolationKind.Precondition, "complaintId", () => _monitoring.ResolveComplaint(first.Id, new DateOnly(2018, 6, 1), upheld: false));
    }

    [Fact]
    public void A_performance_issue_is_remediated_then_resolved_W_WF10()
    {
        var issue = _monitoring.RaiseIssue("Carers' assessments backlog", IssueSeverity.Medium, new DateOnly(2018, 9, 1));

        Violations.Expect(ViolationKind.Invalid, "resolvedOn", () => _monitoring.ResolveIssue(issue.Id, new DateOnly(2018, 8, 31), "Backlog cleared"));
        _monitoring.ResolveIssue(issue.Id, new DateOnly(2018, 11, 30), "Backlog cleared");

        Assert.False(issue.IsOpen);
        Assert.IsType<ContractPerformanceIssueResolved>(_monitoring.DomainEvents.Last());
        Violations.Expect(ViolationKind.Precondition, "issueId", () => _monitoring.ResolveIssue(issue.Id, new DateOnly(2018, 12, 1), "Again"));
    }

    [Fact]
    public void A_provider_answers_a_performance_issue_within_20_working_days_that_skip_christmas_and_new_year()
    {
        // Raised Friday 21 December 2018: 25 and 26 December and 1 January are bank holidays, so the
        // twentieth working day is Wednesday 23 January 2019.
        var issue = _monitoring.RaiseIssue("Reviews within 12 weeks", IssueSeverity.Medium, new DateOnly(2018, 12, 21));
        Assert.Equal(new DateOnly(2019, 1, 23), issue.ResponseDue);

        var given = _monitoring.RaiseIssue("Complaints answered late", IssueSeverity.Low, new DateOnly(2018, 12, 21), responseDue: new DateOnly(2019, 1, 4));
        Assert.Equal(new DateOnly(2019, 1, 4), given.ResponseDue);
        var issues = _monitoring.DomainEvents.Count;
        Violations.Expect(ViolationKind.Invalid, "responseDue",
            () => _monitoring.RaiseIssue("Too soon", IssueSeverity.Low, new DateOnly(2018, 12, 21), responseDue: new DateOnly(2018, 12, 21)));
        Assert.Equal(issues, _monitoring.DomainEvents.Count);
    }

    [Fact]
    public void Nothing_is_reviewed_before_the_contract_starts()
    {
        Violations.Expect(ViolationKind.Invalid, "date", () => _monitoring.RecordReview(ReviewType.Regular, new DateOnly(2018, 3, 1), []));
    }
}
