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
    ILogger<TransferDeadlineWorker> log) : BackgroundService
{
    public const string Authority = "transfer deadline worker";

    /// <summary>One sweep over every project still being planned; returns how many notices it raised.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkforceStore>();
        store.Actor.Authority = Authority;
        var today = clock.LondonToday();
        var raised = (await store.Aggregates<TransferProject>().List(cancellationToken: ct))
            .Where(p => p.Status == TransferProjectStatus.Planning)
            .Sum(p => p.RaiseDeadlineNotices(today).Count);
        await store.SaveChangesAsync(ct);
        return raised;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = config.GetValue("Workforce:DeadlineSweepInterval", TimeSpan.FromHours(1));
        using var timer = new PeriodicTimer(every, clock);
        do
        {
            try { await SweepAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The transfer deadline sweep failed; the next one tries again.");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
