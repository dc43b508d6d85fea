using Commissioning.Domain;
using Commissioning.Eventing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using PooledFinance.Api.Events;

namespace PooledFinance.Api.Infrastructure;

/// <summary>
/// The pooled-finance store: partnerships, agreements, funds, lines and ledgers as aggregate rows,
/// with their audit, and the outbox that carries their events in the same transaction.
/// </summary>
public sealed class PooledFinanceStore(DbContextOptions<PooledFinanceStore> options, IAuditActor actor)
    : CommissioningDbContext(options, actor)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddEventingTables();
    }

    protected override void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events) FinanceEvents.Publish(this, domainEvent);
    }
}
