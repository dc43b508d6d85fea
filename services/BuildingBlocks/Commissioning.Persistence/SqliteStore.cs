using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Commissioning.Persistence;

/// <summary>
/// A SQLite store as every service and test app opens it. Writers wait for SQLite's lock inside SQLite
/// (<c>busy_timeout</c>, retried every few milliseconds) rather than in Microsoft.Data.Sqlite's own
/// retry, which sleeps 150 ms between attempts: with several writers (requests, the outbox relay, event
/// deliveries) that sleep, not the work, set the latency of every contended commit. Under write-ahead
/// logging, <c>synchronous=NORMAL</c> syncs at checkpoints rather than at every commit: a commit survives
/// the process being killed (the eventing tests kill services mid-delivery) but not the machine losing
/// power. SQLite is the local and test store; an installation's store is PostgreSQL.
/// </summary>
public static class SqliteStore
{
    /// <summary>As long as a command may run (Microsoft.Data.Sqlite's default command timeout).</summary>
    private const int LockWaitMilliseconds = 30_000;

    public static DbContextOptionsBuilder UseSqliteStore(this DbContextOptionsBuilder db, string connection,
        Action<SqliteDbContextOptionsBuilder>? sqlite = null) =>
        db.UseSqlite(connection, sqlite).AddInterceptors(LockWait.Instance);

    /// <summary>
    /// Write-ahead logging, so readers never block the writer nor the writer them. It is a property of the
    /// database file: set once, when the schema is brought up to date.
    /// </summary>
    public static void UseWriteAheadLog(DatabaseFacade database) => database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");

    private sealed class LockWait : DbConnectionInterceptor
    {
        public static readonly LockWait Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = Command(connection);
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            await using var command = Command(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        private static DbCommand Command(DbConnection connection)
        {
            var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout={LockWaitMilliseconds}; PRAGMA synchronous=NORMAL;";
            return command;
        }
    }
}
