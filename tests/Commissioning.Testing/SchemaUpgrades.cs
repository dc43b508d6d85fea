using Commissioning.Identity;
using Commissioning.Persistence;

namespace Commissioning.Testing;

/// <summary>
/// The two stores a service's schema step is tested on: a store written by the version before is opened with
/// these options, migrated to the latest, and read back.
/// </summary>
public static class SchemaUpgrades
{
    /// <summary>Runs <paramref name="upgrade"/> on a SQLite store in a folder of its own, deleted afterwards.</summary>
    public static async Task OnSqlite(string prefix, Func<StoreOptions, Task> upgrade)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        try
        {
            await upgrade(new StoreOptions { Provider = StoreProvider.Sqlite, DataDirectory = folder });
        }
        finally
        {
            // A pooled connection would keep the file open and the folder from being deleted.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A fresh, empty PostgreSQL database of <paramref name="postgres"/>.</summary>
    public static StoreOptions OnPostgres(PostgresServer postgres, string prefix) =>
        new() { Provider = StoreProvider.Postgres, ConnectionString = postgres.CreateDatabase(prefix) };
}

/// <summary>Who a schema upgrade's writes are audited as: the system, unless a test reads as a caller.</summary>
public sealed class SchemaUpgradeActor(Caller? caller = null) : IAuditActor
{
    public Caller Caller => caller ?? Caller.System;
    public string? CorrelationId => null;
    public string? Authority { get; set; } = "schema upgrade";
}
