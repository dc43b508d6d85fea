using Commissioning.Persistence;
using Commissioning.ServiceDefaults;
using Returns.Api.Infrastructure;
using Returns.Domain.Returns;

namespace Returns.Api.Deadlines;

/// <summary>
/// The return's due-date clock (issue 18 cap. 8): every <c>Returns:DueSweepInterval</c> (an hour unless
/// configured), as the system, raises each return's due state (approaching, due today, overdue) on the London
/// date, once per state and due date, through the outbox in the save's transaction. What was told is kept in the
/// return's own row, whose version the store checks: of two sweeps racing, one saves and the other's save is
/// refused, so a state is never told twice.
/// </summary>
public sealed class DueDateWorker(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config,
    ILogger<DueDateWorker> log) : ScheduledSweep<ReturnsStore>(scopes, clock,
    config.GetValue("Returns:DueSweepInterval", TimeSpan.FromHours(1)), Authority, log)
{
    public const string Authority = "return due-date worker";

    /// <summary>Every return not yet submitted is checked on today's London date; returns the states raised.</summary>
    protected override async Task<int> Sweep(ReturnsStore store, CancellationToken ct)
    {
        var today = Clock.LondonToday();
        var raised = 0;
        foreach (var statutoryReturn in await store.Aggregates<StatutoryReturn>().List(cancellationToken: ct))
        {
            var before = statutoryReturn.DueNotices.Count;
            statutoryReturn.CheckDue(today);
            raised += statutoryReturn.DueNotices.Count - before;
        }
        await store.SaveChangesAsync(ct);
        return raised;
    }
}
