using Commissioning.Domain;
using Commissioning.Eventing.DeadLetters;
using Commissioning.Eventing;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;
using Returns.Api.Events;
using Returns.Api.Extracts;
using Returns.Api.ReadModels;
using Returns.Domain.Periods;
using Returns.Domain.Returns;
using Returns.Domain.SeedWork;

namespace Returns.Api.Infrastructure;

/// <summary>
/// The statutory returns store: returns as aggregate rows with their audit; every event received, kept whole
/// (<see cref="ArchivedEvent"/>); the CLD read model built from them (<see cref="CldServiceRow"/>) and the formal
/// s75 decisions (<see cref="S75DecisionRow"/>); the submitted artefacts (<see cref="SubmittedArtefact"/>); and the
/// outbox, inbox and dead letters. Every row
/// carries its council, the tenancy (<see cref="CouncilTenancy"/>). The return's events go to the outbox in
/// the save's transaction (<see cref="ReturnsEvents"/>).
/// </summary>
public sealed class ReturnsStore(DbContextOptions<ReturnsStore> options, IAuditActor actor, TimeProvider clock)
    : CommissioningDbContext(options, actor, clock)
{
    public const string Source = "statutory-returns";
    public static readonly string DeadLetters = DeadLetterTopic.Of(Source);

    public DbSet<ArchivedEvent> ArchivedEvents => Set<ArchivedEvent>();
    public DbSet<CldServiceRow> CldServices => Set<CldServiceRow>();
    public DbSet<SubmittedArtefact> Artefacts => Set<SubmittedArtefact>();
    public DbSet<S75DecisionRow> S75Decisions => Set<S75DecisionRow>();

    /// <summary>
    /// What makes a return one of a kind: its kind, council and period, held in the store's unique index.
    /// </summary>
    public static UniqueKey KeyOf(ReturnKind kind, CouncilCode council, ReturnPeriod period) => new(
        $"{kind}|{council}|{period.Label}", "period", $"{council}'s {kind} return for {period} is already open.");

    /// <summary>
    /// The council's return of the kind for the period, found by its unique key in the store (and so within the
    /// caller's tenancies), or a 404 naming <c>period</c>.
    /// </summary>
    public async Task<StatutoryReturn> ReturnFor(ReturnKind kind, CouncilCode council, ReturnPeriod period,
        CancellationToken ct)
    {
        var key = KeyOf(kind, council, period).Value;
        var id = await StoredAggregates.Where(a => a.Type == nameof(StatutoryReturn) && a.UniqueKey == key)
            .Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct)
            ?? throw RuleViolation.NotFound("period", $"{council} has no {kind} return open for {period}.");
        return await Aggregates<StatutoryReturn>().Get(id, "period", ct);
    }

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
