using Commissioning.Eventing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Returns.Api.Infrastructure.Migrations;

/// <summary>
/// The returns store's first schema, whole: a new service has no rows to carry over, so the building blocks'
/// steps that other stores took over several versions run here at once, then the archive of received events,
/// the CLD read model and the submitted artefacts (<see cref="ReturnsTables"/>).
/// </summary>
[DbContext(typeof(ReturnsStore))]
[Migration("20261203000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateStoreTables();
        migration.CreateEventingTables();
        migration.AddAggregateUniqueKeys();
        migration.AddAggregateTenancy();
        migration.CreateReturnsTables();
    }
}
