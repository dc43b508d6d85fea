using CarePackages.Api.Events;
using Commissioning.Domain;
using Commissioning.Eventing;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// The care-packages store: people (the only place identity is kept), referrals, assessments, plans,
/// verifications, placement requests, packages and safeguarding concerns as aggregate rows with their
/// audit, and the outbox that carries their events in the same transaction.
/// </summary>
public sealed class CarePackagesStore(DbContextOptions<CarePackagesStore> options, IAuditActor actor)
    : CommissioningDbContext(options, actor)
{
    private readonly Dictionary<Guid, KnownOrganisation> _organisations = [];

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddEventingTables();
    }

    protected override void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events) CarePackagesEvents.Publish(this, aggregate, domainEvent);
    }

    /// <summary>Load, apply one domain operation, save; a broken rule leaves the stored aggregate as it was.</summary>
    public async Task<T> Change<T>(Guid id, Action<T> operation) where T : AggregateRoot
    {
        var aggregate = await Aggregates<T>().Get(id);
        operation(aggregate);
        await SaveChangesAsync();
        return aggregate;
    }

    /// <summary>Remembers an organisation's code (and name) and gives the id the domain knows it by.</summary>
    public async Task<Guid> Remember(string code, string? name = null)
    {
        var organisation = KnownOrganisation.For(code, name);
        if (await Organisation(organisation.Id) is null)
        {
            Aggregates<KnownOrganisation>().Add(organisation);
            _organisations[organisation.Id] = organisation;
        }
        return organisation.Id;
    }

    /// <summary>Loads the organisations behind these ids, so <see cref="CodeOf"/> can name them.</summary>
    public async Task Recall(IEnumerable<Guid> ids)
    {
        foreach (var id in ids.Distinct()) await Organisation(id);
    }

    /// <summary>The code of an organisation remembered or recalled in this unit of work ("" if it never was).</summary>
    public string CodeOf(Guid id) => _organisations.TryGetValue(id, out var organisation) ? organisation.Code : "";

    public string NameOf(Guid id) => _organisations.TryGetValue(id, out var organisation) ? organisation.Name : "";

    private async Task<KnownOrganisation?> Organisation(Guid id)
    {
        if (_organisations.TryGetValue(id, out var known)) return known;
        var found = await Aggregates<KnownOrganisation>().Find(id);
        if (found is not null) _organisations[id] = found;
        return found;
    }
}
