namespace Commissioning.Persistence;

public enum StoreProvider { Sqlite, Postgres }

/// <summary>
/// The "Store" section. SQLite is the embedded default: one file per service in
/// <see cref="DataDirectory"/>. PostgreSQL is the production store: set Provider=Postgres and a
/// connection string.
/// </summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;
    public string? ConnectionString { get; set; }
    public string DataDirectory { get; set; } = "data";
    /// <summary>
    /// Store:MigrateOnly=true (e.g. <c>--Store:MigrateOnly=true</c>) brings the schema up to date and exits
    /// without serving: the chart's pre-install and pre-upgrade migration Job runs the image this way.
    /// </summary>
    public bool MigrateOnly { get; set; }

    public string ConnectionStringFor(string serviceName) => ConnectionString
        ?? (Provider == StoreProvider.Sqlite
            ? $"Data Source={Path.Combine(DataDirectory, serviceName + ".db")}"
            : throw new InvalidOperationException("Store:ConnectionString is required when Store:Provider is Postgres."));
}
