using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace PooledFinance.Api.Infrastructure.Ledger;

/// <summary>
/// Appends many ledger rows inside the store's current transaction without the change tracker:
/// binary COPY on PostgreSQL, one prepared INSERT run per row on SQLite. An actuals file of 10,000
/// rows is one round of this, not 10,000 SaveChanges. Values are written as EF writes them (SQLite:
/// Guids as upper-case text, dates as yyyy-MM-dd), so the store reads them back like any other row.
/// </summary>
public static class LedgerAppend
{
    private static readonly string[] Columns =
        ["id", "fund_id", "budget_line_id", "partner_body_id", "kind", "amount_pence", "posting_date", "reference", "vat_recovered_by", "batch_id", "reverses_entry_id"];

    public static async Task<int> AppendAsync(DatabaseFacade database, IEnumerable<LedgerEntryRecord> rows, CancellationToken cancellationToken = default)
    {
        var transaction = database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Ledger rows are appended inside a transaction.");
        return database.GetDbConnection() switch
        {
            NpgsqlConnection postgres => await CopyAsync(postgres, rows, cancellationToken),
            SqliteConnection sqlite => await InsertAsync(sqlite, transaction, rows, cancellationToken),
            var other => throw new NotSupportedException($"No bulk append for {other.GetType().Name}."),
        };
    }

    private static async Task<int> CopyAsync(NpgsqlConnection connection, IEnumerable<LedgerEntryRecord> rows, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {LedgerEntryRecord.Table} ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(row.Id, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(row.FundId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(row.BudgetLineId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(row.PartnerBodyId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync((int)row.Kind, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(row.AmountPence, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(row.PostingDate, NpgsqlDbType.Date, cancellationToken);
            await copy.WriteAsync(row.Reference, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(row.VatRecoveredBy, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullable(copy, row.BatchId, cancellationToken);
            await WriteNullable(copy, row.ReversesEntryId, cancellationToken);
            count++;
        }
        await copy.CompleteAsync(cancellationToken);
        return count;
    }

    private static async Task WriteNullable(NpgsqlBinaryImporter copy, Guid? value, CancellationToken cancellationToken)
    {
        if (value is { } id) await copy.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
        else await copy.WriteNullAsync(cancellationToken);
    }

    private static async Task<int> InsertAsync(SqliteConnection connection, DbTransaction transaction, IEnumerable<LedgerEntryRecord> rows,
        CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = (SqliteTransaction)transaction;
        insert.CommandText = $"INSERT INTO {LedgerEntryRecord.Table} ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";
        var parameters = Columns.Select(c => insert.Parameters.Add(new SqliteParameter("$" + c, null))).ToArray();
        insert.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            object?[] values =
            [
                Text(row.Id), Text(row.FundId), Text(row.BudgetLineId), Text(row.PartnerBodyId), (int)row.Kind, row.AmountPence,
                row.PostingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Reference, Text(row.VatRecoveredBy),
                row.BatchId is { } batch ? Text(batch) : null, row.ReversesEntryId is { } reversed ? Text(reversed) : null,
            ];
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }
        return count;
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();
}
