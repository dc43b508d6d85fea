using Commissioning.Domain;
using Commissioning.Eventing;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Returns.Api.Events;
using Returns.Api.Extracts;
using Returns.Api.ReadModels;
using Returns.Domain.Returns;

namespace Returns.Api.Infrastructure;

/// <summary>
/// The statutory returns store: returns as aggregate rows with their audit; every event received, kept whole
/// (<see cref="ArchivedEvent"/>); the CLD read model built from them (<see cref="CldServiceRow"/>); the
/// submitted artefacts (<see cref="SubmittedArtefact"/>); and the outbox, inbox and dead letters. Every row
/// carries its council, the tenancy (<see cref="CouncilTenancy"/>). The return's events go to the outbox in
/// the save's transaction (<see cref="ReturnsEvents"/>).
/// </summary>
public sealed class ReturnsStore(DbContextOptions<ReturnsStore> options, IAuditActor actor, TimeProvider clock)
    : CommissioningDbContext(options, actor, clock)
{
    public const string Source = "statutory-returns";
    public const string DeadLetters = Source + ".dead-letters";

    public DbSet<ArchivedEvent> ArchivedEvents => Set<ArchivedEvent>();
    public DbSet<CldServiceRow> CldServices => Set<CldServiceRow>();
    public DbSet<SubmittedArtefact> Artefacts => Set<SubmittedArtefact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddEventingTables();
        modelBuilder.AddReturnsTables();
    }

    protected override Task<IReadOnlyCollection<string>?> TenanciesOfAsync(Caller caller, CancellationToken ct) =>
        Task.FromResult(CouncilTenancy.Of(caller));

    protected override string? TenancyOfNew(AggregateRoot aggregate) =>
        aggregate is StatutoryReturn statutoryReturn ? statutoryReturn.Council.Value : null;

    protected override void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events)
    {
        if (aggregate is not StatutoryReturn statutoryReturn) return;
        foreach (var domainEvent in events) ReturnsEvents.Publish(this, statutoryReturn, domainEvent);
    }
}
