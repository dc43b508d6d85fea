using Commissioning.Eventing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Notifications.Api.Infrastructure.Migrations;

/// <summary>
/// Schema version 1, in one step because the service starts with no rows: the audit trail and the aggregate
/// rows with their one-of-a-kind index and tenancy column, and the eventing tables (outbox, inbox, dead letters).
/// </summary>
[DbContext(typeof(NotificationsStore))]
[Migration("20261203000001_Initial")]
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
