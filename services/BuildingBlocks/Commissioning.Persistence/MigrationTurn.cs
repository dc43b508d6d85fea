using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Commissioning.Persistence;

/// <summary>
/// Replicas starting at once on one PostgreSQL store migrate it one after another, so each migration runs once:
/// each holds the database's session advisory lock on a connection of its own while it migrates, and the next finds
/// nothing left to apply. EF's own migration lock did not stop two starts from both creating the first tables (a
/// test showed it: 42P07). SQLite is one file for one process and is migrated as it is.
/// </summary>
internal sealed class MigrationTurn : IAsyncDisposable
{
    /// <summary>The advisory lock's key: any fixed number; advisory locks are per database, so per service.</summary>
    private const long StoreMigrationLock = 0x0B0C_75_0002;

    private readonly NpgsqlConnection? _connection;

    private MigrationTurn(NpgsqlConnection? connection) => _connection = connection;

    /// <summary>Waits for the other replicas' migrations; creates the database first if it is not there yet.</summary>
    public static async Task<MigrationTurn> TakeAsync(DatabaseFacade database, CancellationToken ct = default)
    {
        if (!database.IsNpgsql()) return new MigrationTurn(null);
        await EnsureDatabaseAsync(database.GetService<IRelationalDatabaseCreator>(), ct);
        var connection = new NpgsqlConnection(database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var wait = new NpgsqlCommand($"SELECT pg_advisory_lock({StoreMigrationLock})", connection);
        await wait.ExecuteNonQueryAsync(ct);
        return new MigrationTurn(connection);
    }

    private static async Task EnsureDatabaseAsync(IRelationalDatabaseCreator creator, CancellationToken ct)
    {
        if (await creator.ExistsAsync(ct)) return;
        try { await creator.CreateAsync(ct); }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { }
    }

    /// <summary>Closing the session releases its lock.</summary>
    public ValueTask DisposeAsync() => _connection?.DisposeAsync() ?? ValueTask.CompletedTask;
}
