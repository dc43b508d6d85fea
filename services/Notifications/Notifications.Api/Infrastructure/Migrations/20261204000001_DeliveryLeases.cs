using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Notifications.Api.Infrastructure.Migrations;

/// <summary>
/// Schema version 3: each queued delivery's lease (who claimed it, until when), so replicas sharing the store
/// never attempt one delivery at once, and the index that finds each subject's first queued delivery.
/// </summary>
[DbContext(typeof(NotificationsStore))]
[Migration("20261204000001_DeliveryLeases")]
public sealed class DeliveryLeases : Migration
{
    protected override void Up(MigrationBuilder migration) => migration.AddDeliveryLeases();
}
