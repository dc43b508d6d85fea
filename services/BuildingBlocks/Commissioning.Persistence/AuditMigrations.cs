using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Persistence;

/// <summary>Schema pieces every service's first hand-written migration includes.</summary>
public static class AuditMigrations
{
    public static void CreateAuditTable(this MigrationBuilder migration)
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
    }
}
