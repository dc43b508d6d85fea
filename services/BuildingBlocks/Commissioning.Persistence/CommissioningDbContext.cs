using Commissioning.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Persistence;

/// <summary>
/// The base of every service's store. Saving writes tracked aggregates back as JSON, lets the
/// service turn their domain events into outbox rows, stamps a new <see cref="IVersioned.Version"/>
/// on each changed versioned row, and appends an <see cref="AuditRecord"/> per changed row, all in
/// the one transaction, so a change, its events and its audit land together or not at all. A save reads the
/// service's one clock once (<see cref="SavedAt"/>): the rows' update time, the audit records and the events'
/// occurred_at all say the same instant, and a test's clock moves them all.
/// </summary>
public abstract partial class CommissioningDbContext(DbContextOptions options, IAuditActor actor,
    TimeProvider? clock = null) : DbContext(options)
{
    private readonly Dictionary<Guid, (AggregateRoot Aggregate, StoredAggregate Row)> _aggregates = [];
    private readonly List<UniqueKey> _uniqueKeys = [];
    private readonly List<(AggregateRoot Aggregate, StoredAggregate Row)> _written = [];

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<StoredAggregate> StoredAggregates => Set<StoredAggregate>();

    public IAuditActor Actor { get; } = actor;

    /// <summary>The service's clock (AddServiceDefaults registers it; the system clock when none is given).</summary>
    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>When the save in progress (or the last one) happened, read once from <see cref="Clock"/>.</summary>
    public DateTimeOffset SavedAt { get; private set; }

    public Aggregates<T> Aggregates<T>() where T : AggregateRoot => new(this);

    /// <summary>
    /// Load-apply-save, the one way every service changes a record: loads the aggregate (a 404 naming
    /// <paramref name="field"/>), applies one domain operation (which checks who may, first), saves with its audit
    /// and outbox. A broken rule leaves the stored aggregate as it was.
    /// </summary>
    public async Task<T> Change<T>(Guid id, Action<T> operation, string field = "id") where T : AggregateRoot
    {
        var aggregate = await Aggregates<T>().Get(id, field);
        operation(aggregate);
        await SaveChangesAsync();
        return aggregate;
    }

    /// <summary>Called while saving, once per aggregate that raised events: add the outbox rows here.</summary>
    protected virtual void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events) { }

    /// <summary>
    /// Called while saving, once per aggregate whose row is added or changed, after its tenancy is stamped: write
    /// a projection of it here (columns a read needs beside the JSON), so the projection lands in the same
    /// transaction as the row it is drawn from.
    /// </summary>
    protected virtual void OnStored(AggregateRoot aggregate, StoredAggregate row) { }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable("audit_records");
            audit.HasIndex(a => new { a.EntityType, a.EntityId });
        });
        modelBuilder.Entity<StoredAggregate>(aggregate =>
        {
            aggregate.ToTable("aggregates");
            aggregate.HasIndex(a => new { a.Type, a.Key });
            aggregate.HasIndex(a => new { a.Type, a.UniqueKey }).IsUnique();
            aggregate.HasIndex(a => a.Tenancy);
            aggregate.HasQueryFilter(a => AdmittedTenancies == null || a.Tenancy == null || AdmittedTenancies.Contains(a.Tenancy));
        });
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: stores are only written asynchronously.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        SavedAt = Clock.GetUtcNow();
        var raised = WriteBackAggregates();
        await StampTenancyAsync(cancellationToken);
        foreach (var (aggregate, row) in _written) OnStored(aggregate, row);
        ChangeTracker.DetectChanges();
        AuditTrail.RefuseEdits(ChangeTracker);
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.Version = Guid.NewGuid();
        AuditRecords.AddRange(AuditTrail.Describe(ChangeTracker, Actor, SavedAt.UtcDateTime,
            row => _aggregates.TryGetValue(row.Id, out var tracked) ? tracked.Aggregate.GetType() : null));
        int written;
        try { written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken); }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) && _uniqueKeys.Count > 0)
        {
            // Another writer stored the same one-of-a-kind aggregate first (usually a retry or a race).
            throw _uniqueKeys[0].Refused();
        }
        foreach (var aggregate in raised) aggregate.ClearDomainEvents();
        _uniqueKeys.Clear();
        return written;
    }

    /// <summary>
    /// The aggregate of a row a query returned: the one already loaded while the change tracker still tracks its
    /// row (EF hands back the same row object), otherwise rebuilt from the row, so after
    /// <c>ChangeTracker.Clear()</c> a load reads what is stored, not what an unsaved change left in memory.
    /// </summary>
    internal T Track<T>(StoredAggregate row) where T : AggregateRoot
    {
        if (_aggregates.TryGetValue(row.Id, out var tracked) && ReferenceEquals(tracked.Row, row))
            return (T)tracked.Aggregate;
        var aggregate = DomainJson.Deserialize<T>(row.Body);
        _aggregates[row.Id] = (aggregate, row);
        return aggregate;
    }

    internal void TrackNew(AggregateRoot aggregate, string type, string? key, UniqueKey? unique)
    {
        var row = new StoredAggregate
        {
            Id = aggregate.Id, Type = type, Key = key, UniqueKey = unique?.Value, Body = DomainJson.Serialize(aggregate),
        };
        if (unique is not null) _uniqueKeys.Add(unique);
        StoredAggregates.Add(row);
        _aggregates[aggregate.Id] = (aggregate, row);
    }

    /// <summary>
    /// The identity map as the change tracker has it: an aggregate whose row it no longer tracks (after
    /// <c>ChangeTracker.Clear()</c> or a detach) leaves the map, so a save never writes or publishes it.
    /// </summary>
    private IReadOnlyCollection<(AggregateRoot Aggregate, StoredAggregate Row)> TrackedAggregates()
    {
        foreach (var id in _aggregates.Where(a => Entry(a.Value.Row).State == EntityState.Detached)
                     .Select(a => a.Key).ToList())
            _aggregates.Remove(id);
        return _aggregates.Values;
    }

    private List<AggregateRoot> WriteBackAggregates()
    {
        var raised = new List<AggregateRoot>();
        _written.Clear();
        foreach (var (aggregate, row) in TrackedAggregates())
        {
            var body = DomainJson.Serialize(aggregate);
            if (body != row.Body || Entry(row).State == EntityState.Added)
            {
                row.Body = body;
                row.UpdatedUtc = SavedAt.UtcDateTime;
                _written.Add((aggregate, row));
            }
            if (aggregate.DomainEvents.Count == 0) continue;
            OnDomainEvents(aggregate, aggregate.DomainEvents);
            raised.Add(aggregate);
        }
        return raised;
    }
}
