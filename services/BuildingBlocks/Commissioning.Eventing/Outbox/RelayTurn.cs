using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commissioning.Eventing.Outbox;

/// <summary>
/// One relay round's hold on the outbox, so that replicas of a service sharing one PostgreSQL store take turns
/// and publish each row once: a transaction holding the store's transaction-scoped advisory lock, released by
/// the round's commit (or by the connection's end if the replica dies). A replica finding the lock held skips
/// the round; its next one comes after the idle poll. SQLite is one file for one process: every round is its turn.
/// </summary>
internal sealed class RelayTurn : IAsyncDisposable
{
    /// <summary>The advisory lock's key: any fixed number; advisory locks are per database, so per service.</summary>
    private const long OutboxRelayLock = 0x0B0C_75_0001;

    private readonly IDbContextTransaction? _transaction;

    private RelayTurn(bool taken, IDbContextTransaction? transaction) => (Taken, _transaction) = (taken, transaction);

    /// <summary>False when another replica is in its round.</summary>
    public bool Taken { get; }

    public static async Task<RelayTurn> TakeAsync(DbContext db, CancellationToken ct)
    {
        // Eventing names no provider package; the provider's name says which store this is.
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) != true)
            return new RelayTurn(true, null);
        var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({OutboxRelayLock}) AS \"Value\"").SingleAsync(ct);
        return new RelayTurn(taken, transaction);
    }

    /// <summary>Ends the round: what it recorded is committed and the lock released.</summary>
    public Task EndAsync(CancellationToken ct) => _transaction?.CommitAsync(ct) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _transaction?.DisposeAsync() ?? ValueTask.CompletedTask;
}
