using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Persistence;

/// <summary>The tables every service's first hand-written migration creates: the audit trail and the aggregate rows.</summary>
public static class StoreMigrations
{
    public static void CreateStoreTables(this MigrationBuilder migration)
    {
        migration.CreateTable("audit_records", table => new
        {
            Id = table.Column<Guid>(nullable: false),
            AtUtc = table.Column<DateTime>(nullable: false),
            Actor = table.Column<string>(nullable: false),
            Organisation = table.Column<string>(nullable: false),
            Authority = table.Column<string>(nullable: false),
            Action = table.Column<string>(nullable: false),
            EntityType = table.Column<string>(nullable: false),
            EntityId = table.Column<string>(nullable: false),
            Changes = table.Column<string>(nullable: false),
            CorrelationId = table.Column<string>(nullable: true),
        }, constraints: table => table.PrimaryKey("pk_audit_records", a => a.Id));
        migration.CreateIndex("ix_audit_records_entity", "audit_records", ["EntityType", "EntityId"]);
        migration.CreateTable("aggregates", table => new
        {
            Id = table.Column<Guid>(nullable: false),
            Type = table.Column<string>(nullable: false),
            Key = table.Column<string>(nullable: true),
            Body = table.Column<string>(nullable: false),
            UpdatedUtc = table.Column<DateTime>(nullable: false),
            Version = table.Column<Guid>(nullable: false),
        }, constraints: table => table.PrimaryKey("pk_aggregates", a => a.Id));
        migration.CreateIndex("ix_aggregates_type_key", "aggregates", ["Type", "Key"]);
    }

    /// <summary>
    /// Schema step of every service: the aggregate's one-of-a-kind value and its unique index. Rows
    /// already stored keep no value (NULLs never collide), so an upgrade changes none of them.
    /// </summary>
    public static void AddAggregateUniqueKeys(this MigrationBuilder migration)
    {
        migration.AddColumn<string>("UniqueKey", "aggregates", nullable: true);
        migration.CreateIndex("ux_aggregates_type_unique_key", "aggregates", ["Type", "UniqueKey"], unique: true);
    }

    /// <summary>
    /// Schema step of every service: the tenancy of each aggregate row, filled for the rows already held.
    /// <paramref name="roots"/> sets the root rows' tenancy (SQL per provider, e.g. a partnership is its own);
    /// then each row takes its parent's, the row its key names, for as many levels as the service nests.
    /// A service that does not yet keep tenanted records adds the column only: its rows belong to no tenancy.
    /// </summary>
    public static void AddAggregateTenancy(this MigrationBuilder migration, Func<bool, string>? roots = null, int levels = 0)
    {
        migration.AddColumn<string>("Tenancy", "aggregates", nullable: true);
        migration.CreateIndex("ix_aggregates_tenancy", "aggregates", ["Tenancy"]);
        if (roots is not null) migration.FillAggregateTenancy(roots, levels);
    }

    /// <summary>
    /// Fills the tenancy of rows already held, for a service that starts keeping tenanted records after its
    /// tenancy column was added: <paramref name="roots"/> as in <see cref="AddAggregateTenancy"/>, then each
    /// row without one takes its parent's, for <paramref name="levels"/> levels.
    /// </summary>
    public static void FillAggregateTenancy(this MigrationBuilder migration, Func<bool, string> roots, int levels)
    {
        var postgres = migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        migration.Sql(roots(postgres));
        var parentId = postgres ? "parent.\"Id\"::text" : "lower(parent.Id)";
        for (var level = 0; level < levels; level++)
            migration.Sql($"""
                UPDATE aggregates
                SET "Tenancy" = (SELECT parent."Tenancy" FROM aggregates parent WHERE {parentId} = aggregates."Key")
                WHERE "Tenancy" IS NULL AND "Key" IS NOT NULL
                """);
    }
}
