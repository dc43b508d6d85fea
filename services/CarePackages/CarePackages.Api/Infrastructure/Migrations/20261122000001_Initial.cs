using Commissioning.Eventing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CarePackages.Api.Infrastructure.Migrations;

/// <summary>
/// Schema version 1: the aggregate rows and audit, the outbox, inbox and dead letters, and a unique
/// index that keeps one person per reference (so one NHS number is registered once; see <see cref="LookupKeys"/>).
/// Filtered, so other kinds may share keys.
/// </summary>
[DbContext(typeof(CarePackagesStore))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateStoreTables();
        migration.CreateEventingTables();
        migration.CreateIndex("ux_aggregates_person_reference", "aggregates", ["Type", "Key"], unique: true,
            filter: "\"Type\" = 'Person'");
    }
}
