namespace Workforce.Domain.Transfers;

public sealed partial class TransferProject
{
    private static readonly DeadlineState[] Told = [DeadlineState.Approaching, DeadlineState.DueToday,
        DeadlineState.Missed];

    public IReadOnlyList<Deadline> DeadlinesOn(DateOnly today) => TransferDeadlines.On(this, today);

    /// <summary>
    /// Raises a notice for each deadline that is approaching, due today or missed, once per deadline, date
    /// and state, so a worker may run as often as it likes; a new transfer date makes new deadlines.
    /// </summary>
    public IReadOnlyList<DeadlineNoticeRaised> RaiseDeadlineNotices(DateOnly today)
    {
        var raised = new List<DeadlineNoticeRaised>();
        foreach (var deadline in DeadlinesOn(today).Where(d => Told.Contains(d.State)))
        {
            var notice = new DeadlineNoticeRaised(Id, deadline.Kind, deadline.DueOn, deadline.State, today,
                TransferDate);
            if (_notices.Any(notice.Tells)) continue;
            _notices.Add(notice);
            Raise(notice);
            raised.Add(notice);
        }
        return raised;
    }
}
