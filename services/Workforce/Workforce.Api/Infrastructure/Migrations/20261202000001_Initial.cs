using Commissioning.Eventing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Workforce.Api.Infrastructure.Migrations;

/// <summary>
/// Schema version 1 of a service that starts with every step the others took one by one: the audit
/// trail and aggregate rows, the outbox, inbox and dead letters, the one-of-a-kind index and each row's
/// tenancy (no rows exist yet, so none is filled).
/// </summary>
[DbContext(typeof(WorkforceStore))]
[Migration("20261202000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateStoreTables();
        migration.CreateEventingTables();
        migration.AddAggregateUniqueKeys();
        migration.AddAggregateTenancy();
    }
}
