using Commissioning.Domain;
using Returns.Domain.Periods;
using Returns.Domain.SeedWork;

namespace Returns.Domain.Returns;

public sealed partial class StatutoryReturn
{
    /// <summary>
    /// Rule OnlyTheCouncilsReturnsOfficer (DOMAIN.md L101-102; P "statutory returns cannot be delegated"):
    /// a provider user never signs or submits, even for delegated activity, nor does anyone but a returns
    /// officer of the council whose return it is.
    /// </summary>
    public void RequireReturnsOfficer(ReturnsActor actor, string action)
    {
        if (actor.Role == ReturnsRole.ProviderUser)
            throw ReturnRules.NotByAProvider.Broken("actor",
                $"A provider user cannot {action} a statutory return: the provider collects, the council returns.");
        if (actor.Role != ReturnsRole.ReturnsOfficer || !Council.Is(actor.Organisation))
            throw ReturnRules.OnlyTheCouncilsReturnsOfficer.Broken("actor",
                $"Only a returns officer of {Council} can {action} this return.");
    }

    /// <summary>
    /// Rule WhoReads (issue 18 cap. 7, "auditors read everything"): auditors read every return, the
    /// council's own staff read its returns, providers and other councils read none.
    /// </summary>
    public bool MayRead(ReturnsActor actor) => actor.Role switch
    {
        ReturnsRole.Auditor => true,
        ReturnsRole.ReturnsOfficer or ReturnsRole.CouncilOfficer => Council.Is(actor.Organisation),
        _ => false,
    };

    /// <summary>
    /// Rule NoticeOncePerState (issue 18 cap. 8): raises <see cref="ReturnDueStateReached"/> the first time
    /// the return is approaching, due or overdue on <paramref name="today"/>, once per due date, and remembers
    /// it in the return's own state, so a worker may check as often as it likes; a submitted return raises none.
    /// </summary>
    public DueState CheckDue(DateOnly today)
    {
        var state = DueStateOn(today);
        if (state is not (DueState.Approaching or DueState.DueToday or DueState.Overdue)) return state;
        if (_dueNotices.Any(n => n.DueOn == DueOn && n.State == state)) return state;
        _dueNotices.Add(new DueNotice(DueOn, state, today));
        Raise(new ReturnDueStateReached(Id, Council, Kind, Period.Label, DueOn, state));
        return state;
    }

    /// <summary>Rule DueStates: where the return stands against its due date on <paramref name="today"/>.</summary>
    public DueState DueStateOn(DateOnly today) => ReturnCalendar.StateOn(DueOn, today, LastSubmitted is not null);
}
