using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commissioning.Eventing.Outbox;

/// <summary>
/// Wakes the relay as soon as a commit may have added outbox rows, so latency does not depend on the
/// polling interval. Polling stays as the safety net (another replica's commits, missed signals).
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pulse = new(0, 1);

    public void Notify()
    {
        try { _pulse.Release(); }
        catch (SemaphoreFullException) { /* already pending: one wake-up covers every commit before it */ }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pulse.WaitAsync(timeout, cancellationToken);
}

/// <summary>Signals after SaveChanges that ran without an explicit transaction (EF commits those itself).</summary>
internal sealed class OutboxSaveSignal(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) signal.Notify();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) signal.Notify();
        return result;
    }
}

/// <summary>Signals when an explicit transaction commits.</summary>
internal sealed class OutboxCommitSignal(OutboxSignal signal) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();
}
