using Commissioning.Domain;
using Commissioning.Eventing;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Workforce.Api.Events;
using Workforce.Domain.Staff;

namespace Workforce.Api.Infrastructure;

/// <summary>
/// The workforce store: employers, establishments, staff records, secondments and transfer projects as
/// aggregate rows with their audit, the outbox that carries their events in the same transaction, and each staff
/// record's ELI particulars (<see cref="StaffParticulars"/>) written in that transaction too.
/// Its tenancy is the employer organisation (<see cref="EmployerTenancy"/>).
/// </summary>
public sealed class WorkforceStore(DbContextOptions<WorkforceStore> options, IAuditActor actor, TimeProvider clock)
    : CommissioningDbContext(options, actor, clock)
{
    private readonly Dictionary<Guid, StaffParticulars> _particulars = [];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddEventingTables();
        StaffParticulars.Map(modelBuilder);
    }

    protected override void OnStored(AggregateRoot aggregate, StoredAggregate row)
    {
        if (aggregate is StaffRecord record) StaffParticulars.Write(this, _particulars, record, row);
    }

    protected override Task<IReadOnlyCollection<string>?> TenanciesOfAsync(Caller caller, CancellationToken ct) =>
        EmployerTenancy.Of(this, caller, ct);

    protected override string? TenancyOfNew(AggregateRoot aggregate) => EmployerTenancy.Of(aggregate);

    protected override void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events) WorkforceEvents.Publish(this, domainEvent, SavedAt);
    }
}
