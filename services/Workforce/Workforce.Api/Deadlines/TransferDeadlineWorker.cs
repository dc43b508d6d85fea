using Commissioning.Persistence;
using Commissioning.ServiceDefaults;
using Workforce.Api.Infrastructure;
using Workforce.Domain.Transfers;

namespace Workforce.Api.Deadlines;

/// <summary>
/// The clock that fires itself (issue 17 §5): on a schedule, as the system, raises each open transfer project's
/// deadlines (ELI 28 days before the transfer, the consultation window, the transfer date) as they approach,
/// fall due and are missed, once per state, as events and on the project's own view.
/// </summary>
public sealed class TransferDeadlineWorker(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config,
    ILogger<TransferDeadlineWorker> log) : ScheduledSweep<WorkforceStore>(scopes, clock,
    config.GetValue("Workforce:DeadlineSweepInterval", TimeSpan.FromHours(1)), Authority, log)
{
    public const string Authority = "transfer deadline worker";

    /// <summary>One sweep over every project still being planned; returns how many notices it raised.</summary>
    protected override async Task<int> Sweep(WorkforceStore store, CancellationToken ct)
    {
        var today = Clock.LondonToday();
        var raised = (await store.Aggregates<TransferProject>().List(cancellationToken: ct))
            .Where(p => p.Status == TransferProjectStatus.Planning)
            .Sum(p => p.RaiseDeadlineNotices(today).Count);
        await store.SaveChangesAsync(ct);
        return raised;
    }
}
