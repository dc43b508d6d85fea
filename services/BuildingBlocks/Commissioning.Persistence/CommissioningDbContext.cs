using Microsoft.EntityFrameworkCore;

namespace Commissioning.Persistence;

/// <summary>
/// The base of every service's store. Saving stamps a new <see cref="IVersioned.Version"/> on each
/// changed versioned entity and appends an <see cref="AuditRecord"/> per changed entity in the same
/// transaction, so a change and its audit land together or not at all.
/// </summary>
public abstract class CommissioningDbContext(DbContextOptions options, IAuditActor actor) : DbContext(options)
{
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public IAuditActor Actor { get; } = actor;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(audit =>
        {
            audit.ToTable("audit_records");
            audit.HasKey(a => a.Id);
            audit.HasIndex(a => new { a.EntityType, a.EntityId });
        });
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareChanges()
    {
        ChangeTracker.DetectChanges();
        AuditTrail.RefuseEdits(ChangeTracker);
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
            if (entry.State is EntityState.Added or EntityState.Modified) entry.Entity.Version = Guid.NewGuid();
        AuditRecords.AddRange(AuditTrail.Describe(ChangeTracker, Actor));
    }
}
