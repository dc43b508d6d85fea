using Commissioning.Eventing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Contracts.Api.Infrastructure.Migrations;

/// <summary>
/// Schema version 1: the aggregate rows and audit, the outbox, inbox and dead letters, and the
/// unique index that keeps one provider per ODS code and one rate card per service type, unit and
/// locality (their lookup keys, see <see cref="LookupKeys"/>). Filtered, so other kinds may share keys.
/// </summary>
[DbContext(typeof(ContractsStore))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateStoreTables();
        migration.CreateEventingTables();
        migration.CreateIndex("ux_aggregates_unique_key", "aggregates", ["Type", "Key"], unique: true,
            filter: "\"Type\" IN ('Provider', 'RateCard')");
    }
}
