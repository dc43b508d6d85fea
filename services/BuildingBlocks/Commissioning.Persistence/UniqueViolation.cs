using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commissioning.Persistence;

/// <summary>A unique index refused a row: the same record was already there, or a concurrent writer got in first.</summary>
public static class UniqueViolation
{
    public static bool Is(Exception exception) => exception switch
    {
        SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } => true, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        { InnerException: { } inner } => Is(inner),
        _ => false,
    };
}
