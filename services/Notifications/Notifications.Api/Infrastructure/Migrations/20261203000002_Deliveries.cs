using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Notifications.Api.Infrastructure.Migrations;

/// <summary>Schema version 2: the received events with their audiences (the feed) and the delivery queue.</summary>
[DbContext(typeof(NotificationsStore))]
[Migration("20261203000002_Deliveries")]
public sealed class Deliveries : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.CreateDeliveryTables();
}
