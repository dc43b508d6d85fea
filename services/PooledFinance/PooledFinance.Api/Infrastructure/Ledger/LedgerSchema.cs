using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace PooledFinance.Api.Infrastructure.Ledger;

/// <summary>
/// The ledger table for a hand-written migration, the same on SQLite and PostgreSQL. Two partial
/// unique indexes carry the ledger's rules between concurrent writers: one entry per (fund, kind,
/// reference) that is not a reversal, and one reversal per entry. Whoever commits second fails and
/// is answered with the first writer's entry or a 409, never a duplicate.
/// </summary>
public static class LedgerSchema
{
    public const string NotAReversal = "reverses_entry_id IS NULL";
    public const string AReversal = "reverses_entry_id IS NOT NULL";

    public static void CreateLedgerTable(this MigrationBuilder migration)
    {
        const string table = LedgerEntryRecord.Table;
        migration.CreateTable(table, t => new
        {
            sequence = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            id = t.Column<Guid>(nullable: false),
            fund_id = t.Column<Guid>(nullable: false),
            budget_line_id = t.Column<Guid>(nullable: false),
            partner_body_id = t.Column<Guid>(nullable: false),
            kind = t.Column<int>(nullable: false),
            amount_pence = t.Column<long>(nullable: false),
            posting_date = t.Column<DateOnly>(nullable: false),
            reference = t.Column<string>(nullable: false),
            vat_recovered_by = t.Column<Guid>(nullable: false),
            batch_id = t.Column<Guid>(nullable: true),
            reverses_entry_id = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_ledger_entries", r => r.sequence));
        migration.CreateIndex("ux_ledger_entries_id", table, "id", unique: true);
        // Covering: the position's GROUP BY reads this index alone, never the table (index-only on both stores).
        migration.CreateIndex("ix_ledger_entries_fund_date", table, ["fund_id", "posting_date", "budget_line_id", "kind", "amount_pence"]);
        migration.CreateIndex("ix_ledger_entries_line_kind", table, ["budget_line_id", "kind"]);
        migration.CreateIndex("ix_ledger_entries_batch", table, "batch_id");
        migration.CreateIndex("ux_ledger_entries_reference", table, ["fund_id", "kind", "reference"], unique: true, filter: NotAReversal);
        migration.CreateIndex("ux_ledger_entries_reversal", table, "reverses_entry_id", unique: true, filter: AReversal);
    }

    /// <summary>
    /// Copies the entries of version-2 stores, held as JSON in their fund's FundLedger aggregate, into the
    /// table in their posting order, then removes those aggregates: the data moves, nothing is lost.
    /// Amounts become pence exactly (PostgreSQL numeric; SQLite rounds the JSON number to the penny).
    /// </summary>
    public static void MoveLedgerAggregates(this MigrationBuilder migration)
    {
        const string columns = "id, fund_id, budget_line_id, partner_body_id, kind, amount_pence, posting_date, reference, vat_recovered_by, batch_id, reverses_entry_id";
        const string kind = "CASE {0} WHEN 'Budget' THEN 0 WHEN 'Commitment' THEN 1 WHEN 'Actual' THEN 2 ELSE 3 END";
        if (migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
            migration.Sql($"""
                INSERT INTO {LedgerEntryRecord.Table} ({columns})
                SELECT (e->>'id')::uuid, (e->>'fundId')::uuid, (e->>'budgetLineId')::uuid, (e->>'partnerBodyId')::uuid,
                       {string.Format(kind, "e->>'kind'")}, round((e->>'amount')::numeric * 100)::bigint, (e->>'postingDate')::date,
                       e->>'reference', (e->>'vatRecoveredBy')::uuid, (e->>'batchId')::uuid, (e->>'reversesEntryId')::uuid
                FROM aggregates a CROSS JOIN LATERAL jsonb_array_elements(a."Body"::jsonb -> 'entries') WITH ORDINALITY AS x(e, n)
                WHERE a."Type" = 'FundLedger' ORDER BY a."UpdatedUtc", x.n;
                """);
        else
            migration.Sql($"""
                INSERT INTO {LedgerEntryRecord.Table} ({columns})
                SELECT upper(json_extract(e.value, '$.id')), upper(json_extract(e.value, '$.fundId')), upper(json_extract(e.value, '$.budgetLineId')),
                       upper(json_extract(e.value, '$.partnerBodyId')), {string.Format(kind, "json_extract(e.value, '$.kind')")},
                       CAST(round(json_extract(e.value, '$.amount') * 100) AS INTEGER), json_extract(e.value, '$.postingDate'),
                       json_extract(e.value, '$.reference'), upper(json_extract(e.value, '$.vatRecoveredBy')),
                       upper(json_extract(e.value, '$.batchId')), upper(json_extract(e.value, '$.reversesEntryId'))
                FROM aggregates a, json_each(a.Body, '$.entries') e
                WHERE a.Type = 'FundLedger' ORDER BY a.UpdatedUtc, e.key;
                """);
        migration.Sql("DELETE FROM aggregates WHERE \"Type\" = 'FundLedger';");
    }
}
