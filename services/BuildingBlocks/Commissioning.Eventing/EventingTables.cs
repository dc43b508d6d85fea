using Commissioning.Eventing.DeadLetters;
using Commissioning.Eventing.Inbox;
using Commissioning.Eventing.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commissioning.Eventing;

/// <summary>
/// The outbox, inbox and dead-letter tables live in each service's own store. Column types are left to
/// the provider (SQLite or PostgreSQL); times are UTC DateTime, which both order and compare natively.
/// </summary>
public static class EventingTables
{
    public const string Outbox = "outbox_messages";
    public const string Inbox = "inbox_records";
    public const string DeadLetters = "dead_letters";

    /// <summary>
    /// The persistence building block's marker for plumbing rows that need no audit record of their own
    /// (the business change they belong to is audited); spelled out here so eventing stays independent of it.
    /// </summary>
    private const string Unaudited = "Commissioning:Unaudited";

    public static ModelBuilder AddEventingTables(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable(Outbox);
            e.HasAnnotation(Unaudited, true);
            e.HasKey(m => m.Id).HasName("pk_outbox_messages");
            e.Property(m => m.Id).ValueGeneratedNever();
            e.HasIndex(m => new { m.PublishedUtc, m.Sequence }).HasDatabaseName("ix_outbox_messages_pending");
        });
        model.Entity<InboxRecord>(e =>
        {
            e.ToTable(Inbox);
            e.HasAnnotation(Unaudited, true);
            e.HasKey(r => new { r.Consumer, r.EventId }).HasName("pk_inbox_records");
        });
        model.Entity<DeadLetter>(e =>
        {
            e.ToTable(DeadLetters);
            e.HasAnnotation(Unaudited, true);
            e.HasKey(d => new { d.DeadLetterTopic, d.EventId }).HasName("pk_dead_letters");
            e.HasIndex(d => d.ReceivedUtc).HasDatabaseName("ix_dead_letters_received");
        });
        return model;
    }

    /// <summary>For a service's hand-written migration: creates the three tables <see cref="AddEventingTables"/> maps.</summary>
    public static void CreateEventingTables(this MigrationBuilder migration)
    {
        migration.CreateTable(Outbox, t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Sequence = t.Column<long>(nullable: false),
            Topic = t.Column<string>(nullable: false),
            Type = t.Column<string>(nullable: false),
            Source = t.Column<string>(nullable: false),
            Subject = t.Column<string>(nullable: false),
            TraceParent = t.Column<string>(nullable: true),
            Payload = t.Column<string>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: true),
            Attempts = t.Column<int>(nullable: false),
            LastError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_outbox_messages", m => m.Id));
        migration.CreateIndex("ix_outbox_messages_pending", Outbox, ["PublishedUtc", "Sequence"]);
        migration.CreateTable(Inbox, t => new
        {
            Consumer = t.Column<string>(nullable: false),
            EventId = t.Column<string>(nullable: false),
            ProcessedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_inbox_records", r => new { r.Consumer, r.EventId }));
        migration.CreateTable(DeadLetters, t => new
        {
            DeadLetterTopic = t.Column<string>(nullable: false),
            EventId = t.Column<string>(nullable: false),
            OriginalTopic = t.Column<string>(nullable: true),
            Type = t.Column<string>(nullable: false),
            Source = t.Column<string>(nullable: false),
            Subject = t.Column<string>(nullable: true),
            Event = t.Column<string>(nullable: false),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_dead_letters", d => new { d.DeadLetterTopic, d.EventId }));
        migration.CreateIndex("ix_dead_letters_received", DeadLetters, "ReceivedUtc");
    }
}
