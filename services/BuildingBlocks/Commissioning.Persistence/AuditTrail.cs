using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Commissioning.Persistence;

/// <summary>Turns tracked changes into audit records, and keeps append-only tables append-only.</summary>
public static class AuditTrail
{
    /// <summary>
    /// A model annotation for plumbing tables (outbox, inbox) whose rows are not business records
    /// and need no audit of their own: <c>entity.HasAnnotation(AuditTrail.Unaudited, true)</c>.
    /// </summary>
    public const string Unaudited = "Commissioning:Unaudited";

    internal static void RefuseEdits(ChangeTracker tracker)
    {
        var edited = tracker.Entries()
            .FirstOrDefault(e => e.Entity is IAppendOnly && e.State is EntityState.Modified or EntityState.Deleted);
        if (edited is not null)
            throw new InvalidOperationException(
                $"{edited.Metadata.ClrType.Name} is append-only: record a correction as a new entry, never an edit.");
    }

    internal static List<AuditRecord> Describe(ChangeTracker tracker, IAuditActor actor, DateTime now,
        Func<StoredAggregate, Type?> aggregateTypeOf)
    {
        var caller = actor.Caller;
        var authority = actor.Authority ?? (caller.Roles.Count > 0 ? string.Join(',', caller.Roles.Order()) : "system");
        return tracker.Entries()
            .Where(e => e.Entity is not AuditRecord && e.Metadata.FindAnnotation(Unaudited) is null
                        && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new AuditRecord
            {
                AtUtc = now,
                Actor = caller.Subject,
                Organisation = caller.Organisation,
                Authority = authority,
                Action = e.State.ToString().ToLowerInvariant(),
                EntityType = e.Entity is StoredAggregate stored ? stored.Type : e.Metadata.ClrType.Name,
                EntityId = KeyOf(e),
                Changes = e.Entity is StoredAggregate row ? AggregateChanges.Describe(e, aggregateTypeOf(row))
                    : ChangesOf(e),
                CorrelationId = actor.CorrelationId,
            })
            .ToList();
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue) ?? []);

    private static string ChangesOf(EntityEntry entry)
    {
        var changed = entry.Properties
            .Where(p => entry.State != EntityState.Modified || p.IsModified)
            .ToDictionary(p => p.Metadata.Name, p => new
            {
                from = entry.State == EntityState.Added ? null : p.OriginalValue,
                to = entry.State == EntityState.Deleted ? null : p.CurrentValue,
            });
        return JsonSerializer.Serialize(changed, JsonSerializerOptions.Web);
    }
}

/// <summary>Rows of a ledger: added once, corrected only by reversing entries.</summary>
public interface IAppendOnly;
