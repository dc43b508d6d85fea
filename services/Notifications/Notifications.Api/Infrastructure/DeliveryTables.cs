using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// The feed's tables and the delivery queue: plumbing rows beside the Delivery aggregates (which are audited
/// as aggregates), so they carry no audit of their own.
/// </summary>
public static class DeliveryTables
{
    public const string Events = "received_events";
    public const string Audiences = "event_audiences";
    public const string Queue = "delivery_queue";

    public static ModelBuilder AddDeliveryTables(this ModelBuilder model)
    {
        model.Entity<ReceivedEvent>(e =>
        {
            e.ToTable(Events);
            e.HasAnnotation(AuditTrail.Unaudited, true);
            e.HasKey(r => r.Sequence).HasName("pk_received_events");
            e.Property(r => r.Sequence).ValueGeneratedNever();
            e.HasIndex(r => r.EventId).IsUnique().HasDatabaseName("ux_received_events_event_id");
        });
        model.Entity<EventAudience>(e =>
        {
            e.ToTable(Audiences);
            e.HasAnnotation(AuditTrail.Unaudited, true);
            e.HasKey(a => new { a.Provider, a.Sequence }).HasName("pk_event_audiences");
        });
        model.Entity<QueuedDelivery>(e =>
        {
            e.ToTable(Queue);
            e.HasAnnotation(AuditTrail.Unaudited, true);
            e.HasKey(q => q.DeliveryId).HasName("pk_delivery_queue");
            e.HasIndex(q => q.DueUtc).HasDatabaseName("ix_delivery_queue_due");
            e.HasIndex(q => new { q.EndpointId, q.Subject, q.Sequence }).HasDatabaseName("ix_delivery_queue_subject");
        });
        return model;
    }

    /// <summary>For the hand-written migration: the three tables <see cref="AddDeliveryTables"/> maps (as first made).
    /// </summary>
    public static void CreateDeliveryTables(this MigrationBuilder migration)
    {
        migration.CreateTable(Events, t => new
        {
            Sequence = t.Column<long>(nullable: false),
            EventId = t.Column<string>(nullable: false),
            Type = t.Column<string>(nullable: false),
            Source = t.Column<string>(nullable: false),
            Subject = t.Column<string>(nullable: false),
            OccurredUtc = t.Column<DateTime>(nullable: false),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            Payload = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_received_events", r => r.Sequence));
        migration.CreateIndex("ux_received_events_event_id", Events, "EventId", unique: true);
        migration.CreateTable(Audiences, t => new
        {
            Provider = t.Column<string>(nullable: false),
            Sequence = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_event_audiences", a => new { a.Provider, a.Sequence }));
        migration.CreateTable(Queue, t => new
        {
            DeliveryId = t.Column<Guid>(nullable: false),
            EndpointId = t.Column<Guid>(nullable: false),
            Subject = t.Column<string>(nullable: false),
            Sequence = t.Column<long>(nullable: false),
            DueUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_delivery_queue", q => q.DeliveryId));
        migration.CreateIndex("ix_delivery_queue_due", Queue, "DueUtc");
    }

    /// <summary>
    /// For the hand-written migration: the claim of each queued delivery (who, until when) and the index that
    /// finds each subject's first delivery to an endpoint in the store. Rows already queued are claimed by no one.
    /// </summary>
    public static void AddDeliveryLeases(this MigrationBuilder migration)
    {
        migration.AddColumn<string>("ClaimedBy", Queue, nullable: true);
        migration.AddColumn<DateTime>("LeaseUntilUtc", Queue, nullable: true);
        migration.CreateIndex("ix_delivery_queue_subject", Queue, ["EndpointId", "Subject", "Sequence"]);
    }
}
