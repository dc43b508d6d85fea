using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commissioning.Persistence;

/// <summary>
/// A clock that fires itself (ARCHITECTURE.md "Clocks that fire themselves"): a sweep of the service's store on a
/// <see cref="PeriodicTimer"/> of the host's one <see cref="TimeProvider"/>, once at start and then every
/// <paramref name="every"/>, each in its own scope as the system under <paramref name="authority"/> (which the
/// audit records). A failed sweep is logged and the next tick tries again, so one bad row never stops the clock.
/// Tests call <see cref="SweepAsync"/> directly, on the day their clock says.
/// </summary>
public abstract class ScheduledSweep<TStore>(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan every,
    string authority, ILogger log) : BackgroundService where TStore : CommissioningDbContext
{
    /// <summary>The host's one clock, on which the sweep says what day it is.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>One sweep in a scope of its own; returns how many things it raised or did.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<TStore>();
        store.Actor.Authority = authority;
        return await Sweep(store, ct);
    }

    /// <summary>The sweep's work on <paramref name="store"/>, saved by the sweep itself.</summary>
    protected abstract Task<int> Sweep(TStore store, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every, Clock);
        do
        {
            try { await SweepAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The {Authority}'s sweep failed; the next one tries again.", authority);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
