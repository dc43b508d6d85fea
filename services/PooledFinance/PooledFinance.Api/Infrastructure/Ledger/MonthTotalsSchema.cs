using Microsoft.EntityFrameworkCore.Migrations;

namespace PooledFinance.Api.Infrastructure.Ledger;

/// <summary>
/// The ledger's year-to-date totals by line, kind and month for a hand-written migration, on SQLite and
/// PostgreSQL: the table, the trigger that adds each inserted entry to its month and the later months of its
/// financial year (to March) in the inserting transaction, and the totals of the entries already held.
/// A trigger rather than the service's code, because entries reach the table by EF's save and by the bulk
/// append (COPY on PostgreSQL) alike, and the ledger is append-only: an insert is its only change.
/// PostgreSQL adds a whole statement's entries at once (a transition table: an actuals file is one upsert per
/// line, kind and month, taken in key order so two imports cannot deadlock); SQLite, which has row triggers
/// only, one entry at a time, its writers already one after another.
/// </summary>
public static class MonthTotalsSchema
{
    public const string Trigger = "tr_ledger_entries_month_totals";
    private const string Totals = LedgerMonthTotalRecord.Table, Entries = LedgerEntryRecord.Table;
    private const string Columns = "fund_id, budget_line_id, kind, month, year_to_date_pence, year_to_date_entries";
    private const string Upsert = """
        ON CONFLICT (budget_line_id, kind, month) DO UPDATE
        SET year_to_date_pence = t.year_to_date_pence + excluded.year_to_date_pence,
            year_to_date_entries = t.year_to_date_entries + excluded.year_to_date_entries
        """;

    public static void CreateMonthTotals(this MigrationBuilder migration)
    {
        migration.CreateTable(Totals, t => new
        {
            fund_id = t.Column<Guid>(nullable: false),
            budget_line_id = t.Column<Guid>(nullable: false),
            kind = t.Column<int>(nullable: false),
            month = t.Column<DateOnly>(nullable: false),
            year_to_date_pence = t.Column<long>(nullable: false),
            year_to_date_entries = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_ledger_month_totals", r => new { r.budget_line_id, r.kind, r.month }));
        // Covering: a month's position reads this index alone.
        migration.CreateIndex("ix_ledger_month_totals_fund_month", Totals,
            ["fund_id", "month", "budget_line_id", "kind", "year_to_date_pence", "year_to_date_entries"]);
        if (migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true) CreateOnPostgres(migration);
        else CreateOnSqlite(migration);
    }

    /// <summary>The first of the March that ends the financial year a date falls in.</summary>
    private static string SqliteYearEnd(string date) =>
        $"(CAST(strftime('%Y', {date}, '-3 months') AS INTEGER) + 1) || '-03-01'";

    private static void CreateOnSqlite(MigrationBuilder migration)
    {
        // Every month from the first entry's to the March the last entry's year ends in, then each entry in its own.
        migration.Sql($"""
            INSERT INTO {Totals} ({Columns})
            WITH RECURSIVE months(month) AS (
              SELECT substr(MIN(posting_date), 1, 8) || '01' FROM {Entries}
              UNION ALL SELECT date(month, '+1 month') FROM months
              WHERE month < (SELECT {SqliteYearEnd("MAX(posting_date)")} FROM {Entries}))
            SELECT e.fund_id, e.budget_line_id, e.kind, m.month, SUM(e.amount_pence), COUNT(*)
            FROM {Entries} e JOIN months m
              ON m.month >= substr(e.posting_date, 1, 8) || '01' AND m.month <= {SqliteYearEnd("e.posting_date")}
            GROUP BY e.fund_id, e.budget_line_id, e.kind, m.month;
            """);
        migration.Sql($"""
            CREATE TRIGGER {Trigger} AFTER INSERT ON {Entries}
            BEGIN
              INSERT INTO {Totals} AS t ({Columns})
              WITH RECURSIVE months(month) AS (
                SELECT substr(NEW.posting_date, 1, 8) || '01'
                UNION ALL SELECT date(month, '+1 month') FROM months WHERE month < {SqliteYearEnd("NEW.posting_date")})
              SELECT NEW.fund_id, NEW.budget_line_id, NEW.kind, month, NEW.amount_pence, 1 FROM months WHERE true
              {Upsert};
            END;
            """);
    }

    private static void CreateOnPostgres(MigrationBuilder migration)
    {
        const string months = """
            CROSS JOIN LATERAL generate_series(date_trunc('month', e.posting_date::timestamp),
              make_date(extract(year FROM e.posting_date - interval '3 months')::int + 1, 3, 1)::timestamp,
              interval '1 month') m
            """;
        migration.Sql($"""
            INSERT INTO {Totals} ({Columns})
            SELECT e.fund_id, e.budget_line_id, e.kind, m::date, SUM(e.amount_pence), COUNT(*) FROM {Entries} e
            {months}
            GROUP BY 1, 2, 3, 4;
            """);
        migration.Sql($"""
            CREATE FUNCTION ledger_month_totals_add() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO {Totals} AS t ({Columns})
              SELECT e.fund_id, e.budget_line_id, e.kind, m::date, SUM(e.amount_pence), COUNT(*) FROM inserted_entries e
              {months}
              GROUP BY 1, 2, 3, 4 ORDER BY 2, 3, 4
              {Upsert};
              RETURN NULL;
            END $$;
            """);
        migration.Sql($"""
            CREATE TRIGGER {Trigger} AFTER INSERT ON {Entries} REFERENCING NEW TABLE AS inserted_entries
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_month_totals_add();
            """);
    }
}
