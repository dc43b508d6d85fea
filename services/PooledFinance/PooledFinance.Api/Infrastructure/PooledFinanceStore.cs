using Commissioning.Domain;
using Commissioning.Eventing;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Api.Events;
using PooledFinance.Api.Infrastructure.Ledger;

namespace PooledFinance.Api.Infrastructure;

/// <summary>
/// The pooled-finance store: partnerships, agreements, funds and lines as aggregate rows, with their
/// audit; the append-only ledger in its own table, with its per-month totals; and the outbox that carries
/// their events in the same transaction.
/// </summary>
public sealed class PooledFinanceStore(DbContextOptions<PooledFinanceStore> options, IAuditActor actor,
    TimeProvider? clock = null)
    : CommissioningDbContext(options, actor, clock)
{
    public DbSet<LedgerEntryRecord> LedgerEntries => Set<LedgerEntryRecord>();
    public DbSet<LedgerMonthTotalRecord> LedgerMonthTotals => Set<LedgerMonthTotalRecord>();

    /// <summary>
    /// Each connection of the store gets the function its schema steps call (<see cref="DecisionSameness"/>).
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        optionsBuilder.AddInterceptors(DecisionSameness.SqliteFunction.Instance);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddEventingTables();
        LedgerEntryRecord.Map(modelBuilder);
        LedgerMonthTotalRecord.Map(modelBuilder);
    }

    protected override Task<IReadOnlyCollection<string>?> TenanciesOfAsync(Caller caller, CancellationToken ct) =>
        PartnershipTenancy.Of(this, caller, ct);

    protected override string? TenancyOfNew(AggregateRoot aggregate) => PartnershipTenancy.Of(aggregate);

    protected override void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events) FinanceEvents.Publish(this, domainEvent, SavedAt);
    }
}
