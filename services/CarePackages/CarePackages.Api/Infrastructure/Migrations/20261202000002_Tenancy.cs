using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CarePackages.Api.Infrastructure.Migrations;

/// <summary>
/// Schema step: the tenancy column every store's rows carry. This service does not yet say which tenancy
/// its records belong to, so every row, held or new, belongs to none and reads as before.
/// </summary>
[DbContext(typeof(CarePackagesStore))]
[Migration("20261202000002_Tenancy")]
public sealed class Tenancy : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.AddAggregateTenancy();
}
