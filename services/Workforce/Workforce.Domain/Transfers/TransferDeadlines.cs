using Commissioning.Domain;

namespace Workforce.Domain.Transfers;

/// <summary>
/// What a transfer project has due, approaching or missed on a day: a pure calculation a scheduled worker
/// runs each day. The regulation counts calendar days (reg. 11(6): "not less than 28 days before the
/// relevant transfer", so 1 April 2018 gives 4 March 2018, a Sunday, not moved); the warning before a
/// deadline counts working days, as the HR office works them (England and Wales bank holidays).
/// </summary>
public static class TransferDeadlines
{
    public const int EliDaysBeforeTransfer = 28;

    /// <summary>How many working days ahead a deadline starts to be shown and raised as approaching.</summary>
    public const int ApproachingWorkingDays = 10;

    public static DateOnly EliDueOn(DateOnly transferDate) => transferDate.AddDays(-EliDaysBeforeTransfer);

    public static IReadOnlyList<Deadline> On(TransferProject project, DateOnly today)
    {
        var deadlines = new List<Deadline> { Of(DeadlineKind.EliDue, project.EliDueOn, project.Eli?.FirstProvidedOn,
            today) };
        if (project.ConsultationPlan is { } plan)
            deadlines.Add(Of(DeadlineKind.ConsultationOpens, plan.OpensBy, project.Consultation?.OpenedOn, today));
        var closesBy = project.ConsultationPlan?.ClosesBy ?? project.TransferDate.AddDays(-1);
        deadlines.Add(Of(DeadlineKind.ConsultationCloses, closesBy, project.Consultation?.ClosedOn, today));
        deadlines.Add(Of(DeadlineKind.Transfer, project.TransferDate, project.TransferredOn, today));
        return deadlines;
    }

    public static Deadline Of(DeadlineKind kind, DateOnly dueOn, DateOnly? doneOn, DateOnly today) =>
        new(kind, dueOn, StateOf(dueOn, doneOn, today), doneOn);

    private static DeadlineState StateOf(DateOnly dueOn, DateOnly? doneOn, DateOnly today)
    {
        if (doneOn is { } done) return done <= dueOn ? DeadlineState.Met : DeadlineState.MetLate;
        if (today > dueOn) return DeadlineState.Missed;
        if (today == dueOn) return DeadlineState.DueToday;
        return dueOn <= WorkingDays.AddWorkingDays(today, ApproachingWorkingDays)
            ? DeadlineState.Approaching
            : DeadlineState.Upcoming;
    }
}
