using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commissioning.Persistence;

/// <summary>
/// A clock that fires itself (ARCHITECTURE.md "Clocks that fire themselves"): <see cref="SweepAsync"/> on a
/// <see cref="PeriodicTimer"/> of the host's one <see cref="TimeProvider"/>, once at start and then every
/// <paramref name="every"/>. A failed sweep is logged and the next tick tries again, so one bad row never stops the
/// clock. Tests call <see cref="SweepAsync"/> directly, on the day their clock says.
/// </summary>
public abstract class ScheduledWork(TimeProvider clock, TimeSpan every, string authority, ILogger log)
    : BackgroundService
{
    /// <summary>The host's one clock, on which the sweep says what day it is.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>Who the sweep acts as: the system, under this authority (which the audit records).</summary>
    protected string ActingUnder { get; } = authority;

    /// <summary>Where the sweep says what went wrong, or what another replica did first.</summary>
    protected ILogger Log { get; } = log;

    /// <summary>One sweep; returns how many things it raised or did.</summary>
    public abstract Task<int> SweepAsync(CancellationToken ct = default);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every, Clock);
        do
        {
            try { await SweepAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.LogError(e, "The {Authority}'s sweep failed; the next one tries again.", ActingUnder);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>
/// Scheduled work done in one unit of work: each sweep in a scope of its own, on the service's store, as the
/// system under <paramref name="authority"/> (which the audit records). Replicas sharing the store sweep the same
/// records at once: the aggregates' version check lets one save win, and the other sweeps again on what is now
/// stored, where what the winner raised is raised already, so each deadline fires once.
/// </summary>
public abstract class ScheduledSweep<TStore>(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan every,
    string authority, ILogger log) : ScheduledWork(clock, every, authority, log) where TStore : CommissioningDbContext
{
    private const int Attempts = 3;

    public override async Task<int> SweepAsync(CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return await SweepOnceAsync(ct); }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                Log.LogInformation("Another replica's {Authority} saved first; sweeping again on what it saved.",
                    ActingUnder);
            }
        }
    }

    private async Task<int> SweepOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<TStore>();
        store.Actor.Authority = ActingUnder;
        return await Sweep(store, ct);
    }

    /// <summary>The sweep's work on <paramref name="store"/>, saved by the sweep itself.</summary>
    protected abstract Task<int> Sweep(TStore store, CancellationToken ct);
}
