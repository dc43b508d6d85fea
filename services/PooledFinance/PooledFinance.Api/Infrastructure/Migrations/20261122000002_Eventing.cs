using Commissioning.Eventing;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PooledFinance.Api.Infrastructure.Migrations;

/// <summary>Schema version 2: the outbox, inbox and dead-letter tables, added to stores made by version 1.</summary>
[DbContext(typeof(PooledFinanceStore))]
[Migration("20261122000002_Eventing")]
public sealed class Eventing : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.CreateEventingTables();
}
