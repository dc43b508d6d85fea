using Workforce.Domain.Transfers;

namespace Workforce.Tests.Domain;

public class TransferDeadlineTests
{
    private static Deadline Eli(TransferProject project, DateOnly on) =>
        project.DeadlinesOn(on).Single(d => d.Kind == DeadlineKind.EliDue);

    [Theory]
    [InlineData("2018-02-16", DeadlineState.Upcoming)] // 10 working days on is 2 March
    [InlineData("2018-02-18", DeadlineState.Upcoming)] // a Sunday: still 2 March
    [InlineData("2018-02-19", DeadlineState.Approaching)] // 10 working days on is 5 March
    [InlineData("2018-03-04", DeadlineState.DueToday)] // 28 calendar days before 1 April 2018, a Sunday
    [InlineData("2018-03-05", DeadlineState.Missed)]
    public void The_ELI_deadline_counts_calendar_days_and_warns_ten_working_days_ahead_reg_11_6(string day,
        DeadlineState state)
    {
        var project = new AllAgeTransfer().Project;

        var eli = Eli(project, DateOnly.Parse(day));

        Assert.Equal((new DateOnly(2018, 3, 4), state), (eli.DueOn, eli.State));
    }

    [Fact]
    public void The_warning_window_skips_bank_holidays_Easter_2018()
    {
        // Good Friday 30 March and Easter Monday 2 April 2018 are not working days, so on 16 March the
        // tenth working day ahead is 3 April and the transfer on 1 April is approaching.
        var project = new AllAgeTransfer().Project;

        Assert.Equal(DeadlineState.Upcoming,
            project.DeadlinesOn(new DateOnly(2018, 3, 15)).Single(d => d.Kind == DeadlineKind.Transfer).State);
        Assert.Equal(DeadlineState.Approaching,
            project.DeadlinesOn(new DateOnly(2018, 3, 16)).Single(d => d.Kind == DeadlineKind.Transfer).State);
    }

    [Fact]
    public void Done_deadlines_are_met_or_met_late()
    {
        var t = new AllAgeTransfer().ReadyToTransfer();
        var late = new AllAgeTransfer();
        late.Project.ProvideEli(new DateOnly(2018, 3, 6), "Payroll system migration delayed the data");

        Assert.Equal(DeadlineState.Met, Eli(t.Project, new DateOnly(2018, 3, 20)).State);
        Assert.Equal(DeadlineState.MetLate, Eli(late.Project, new DateOnly(2018, 3, 20)).State);
        Assert.Equal(DeadlineState.Met, t.Project.DeadlinesOn(new DateOnly(2018, 3, 20))
            .Single(d => d.Kind == DeadlineKind.ConsultationCloses).State);
    }

    [Fact]
    public void The_consultation_window_plan_gives_its_own_deadlines_A_5_10_5_L1078()
    {
        var project = new AllAgeTransfer().Project;
        project.PlanConsultation(new DateOnly(2017, 12, 1), new DateOnly(2018, 1, 31));

        var deadlines = project.DeadlinesOn(new DateOnly(2017, 12, 4));

        Assert.Equal((new DateOnly(2017, 12, 1), DeadlineState.Missed),
            deadlines.Where(d => d.Kind == DeadlineKind.ConsultationOpens).Select(d => (d.DueOn, d.State)).Single());
        Assert.Equal(new DateOnly(2018, 1, 31),
            deadlines.Single(d => d.Kind == DeadlineKind.ConsultationCloses).DueOn);
        Assert.Equal("closesBy", Seeds.Violation(() => project.PlanConsultation(new DateOnly(2018, 3, 1),
            AllAgeTransfer.TransferDate)).Field);
    }

    [Fact]
    public void A_worker_running_every_day_raises_each_notice_once()
    {
        var project = new AllAgeTransfer().Project;
        project.ClearDomainEvents();

        var approaching = project.RaiseDeadlineNotices(new DateOnly(2018, 2, 19));
        var again = project.RaiseDeadlineNotices(new DateOnly(2018, 2, 20));
        var missed = project.RaiseDeadlineNotices(new DateOnly(2018, 3, 5));

        Assert.Equal([(DeadlineKind.EliDue, DeadlineState.Approaching)], approaching.Select(n => (n.Kind, n.State)));
        Assert.Empty(again);
        Assert.Contains(missed, n => n is { Kind: DeadlineKind.EliDue, State: DeadlineState.Missed });
        Assert.Equal(approaching.Count + missed.Count, project.DomainEvents.OfType<DeadlineNoticeRaised>().Count());
    }

    [Fact]
    public void A_new_transfer_date_makes_new_deadlines_to_raise()
    {
        var project = new AllAgeTransfer().Project;
        project.RaiseDeadlineNotices(new DateOnly(2018, 2, 19));

        project.Reschedule(new DateOnly(2018, 5, 1), new DateOnly(2018, 2, 20));

        Assert.Empty(project.RaiseDeadlineNotices(new DateOnly(2018, 2, 21)));
        Assert.Contains(project.RaiseDeadlineNotices(new DateOnly(2018, 3, 20)),
            n => n is { Kind: DeadlineKind.EliDue, DueOn.Month: 4, State: DeadlineState.Approaching });
    }
}
