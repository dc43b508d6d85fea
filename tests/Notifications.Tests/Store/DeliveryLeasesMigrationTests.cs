using Commissioning.Persistence;
using Commissioning.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Notifications.Api.Infrastructure;

namespace Notifications.Tests.Store;

/// <summary>
/// Schema version 3 adds the delivery leases: a delivery queued by a version-2 store stays queued, due as it was
/// and claimed by no one, so the first worker after the upgrade may take it; on SQLite and on PostgreSQL.
/// </summary>
public sealed class DeliveryLeasesMigrationTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public Task A_delivery_queued_before_leases_is_kept_and_claimed_by_no_one_on_SQLite() =>
        SchemaUpgrades.OnSqlite("notifications-migration-", KeepsTheQueue);

    [Fact]
    public Task A_delivery_queued_before_leases_is_kept_and_claimed_by_no_one_on_PostgreSQL() =>
        KeepsTheQueue(SchemaUpgrades.OnPostgres(postgres, "notifications_migration"));

    private static async Task KeepsTheQueue(StoreOptions options)
    {
        var (delivery, endpoint) = (Guid.NewGuid(), Guid.NewGuid());
        var due = new DateTime(2026, 12, 3, 9, 30, 0, DateTimeKind.Utc);
        await using (var version2 = Open(options))
        {
            await version2.GetService<IMigrator>().MigrateAsync("20261203000002_Deliveries");
            // Written as version 2 wrote it: today's model has columns version 2 did not.
            object Id(Guid id) => version2.Database.IsNpgsql() ? id : id.ToString().ToUpperInvariant();
            await version2.Database.ExecuteSqlAsync($"""
                INSERT INTO delivery_queue ("DeliveryId", "EndpointId", "Subject", "Sequence", "DueUtc")
                VALUES ({Id(delivery)}, {Id(endpoint)}, 'package-1', 7, {due})
                """);
        }

        await using var store = Open(options);
        await store.Database.MigrateAsync();

        var queued = await store.DeliveryQueue.AsNoTracking().SingleAsync();
        Assert.Equal((delivery, endpoint, "package-1", 7L), (queued.DeliveryId, queued.EndpointId, queued.Subject,
            queued.Sequence));
        Assert.Equal(due, DateTime.SpecifyKind(queued.DueUtc, DateTimeKind.Utc));
        Assert.Null(queued.ClaimedBy);
        Assert.Null(queued.LeaseUntilUtc);
    }

    private static NotificationsStore Open(StoreOptions options)
    {
        var builder = new DbContextOptionsBuilder<NotificationsStore>();
        ServiceStore.Configure(builder, options, NotificationsStore.Source,
            typeof(NotificationsStore).Assembly.GetName().Name!);
        return new NotificationsStore(builder.Options, new SchemaUpgradeActor(), TimeProvider.System);
    }
}
