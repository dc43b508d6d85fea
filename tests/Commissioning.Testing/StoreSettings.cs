namespace Commissioning.Testing;

/// <summary>The settings that put a test's service on a fresh PostgreSQL database instead of SQLite.</summary>
public static class StoreSettings
{
    public static Dictionary<string, string?> Postgres(PostgresServer postgres, string prefix) => new()
    {
        ["Store:Provider"] = "Postgres",
        ["Store:ConnectionString"] = postgres.CreateDatabase(prefix),
    };
}
