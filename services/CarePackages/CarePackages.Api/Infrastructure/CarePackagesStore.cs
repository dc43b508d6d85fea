using CarePackages.Api.Events;
using CarePackages.Domain.Brokerage;
using Commissioning.Domain;
using Commissioning.Eventing;
using Commissioning.Identity;
using Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CarePackages.Api.Infrastructure;

/// <summary>
/// The care-packages store: people (the only place identity is kept), referrals, assessments, plans,
/// verifications, placement requests, packages and safeguarding concerns as aggregate rows with their
/// audit, the outbox that carries their events in the same transaction, and each placement request's invited
/// providers (<see cref="PlacementInvitation"/>) written in that transaction too. Each row belongs to the
/// council whose resident the person is, and every query admits only the caller's councils
/// (<see cref="CouncilTenancy"/>): a record of another council is not found, and lists hold the caller's only.
/// </summary>
public sealed class CarePackagesStore(
    DbContextOptions<CarePackagesStore> options, IAuditActor actor, CarePackagesRules rules,
    TimeProvider? clock = null)
    : CommissioningDbContext(options, actor, clock)
{
    private readonly Dictionary<Guid, KnownOrganisation> _organisations = [];
    private readonly ListedRows<PlacementInvitation, Guid> _invitations = new();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddEventingTables();
        PlacementInvitation.Map(modelBuilder);
    }

    protected override void OnStored(AggregateRoot aggregate, StoredAggregate row)
    {
        if (aggregate is PlacementRequest request) PlacementInvitation.Write(this, _invitations, request, row);
    }

    protected override Task<IReadOnlyCollection<string>?> TenanciesOfAsync(Caller caller, CancellationToken ct) =>
        CouncilTenancy.Of(this, rules, caller, ct);

    protected override string? TenancyOfNew(AggregateRoot aggregate) => CouncilTenancy.OfNew(this, aggregate);

    protected override void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events) CarePackagesEvents.Publish(this, aggregate, domainEvent);
    }

    /// <summary>The council a record loaded in this unit of work belongs to (null for one of no tenancy).</summary>
    public string? TenancyOf(AggregateRoot loaded) =>
        StoredAggregates.Local.FirstOrDefault(r => r.Id == loaded.Id)?.Tenancy;

    /// <summary>
    /// Remembers an organisation's code (and name) and gives the id the domain knows it by. Named in a record
    /// of <paramref name="tenancy"/>, the organisation's users become party to that council's records.
    /// </summary>
    public async Task<Guid> Remember(string code, string? name = null, string? tenancy = null)
    {
        var organisation = await Organisation(PlatformIds.Organisation(code));
        if (organisation is null)
        {
            organisation = KnownOrganisation.For(code, name);
            Aggregates<KnownOrganisation>().Add(organisation);
            _organisations[organisation.Id] = organisation;
        }
        if (tenancy is not null) organisation.NamedIn(tenancy);
        return organisation.Id;
    }

    /// <summary>
    /// Loads the organisations behind these ids, so <see cref="CodeOf"/> can name them: those not yet known in one
    /// query (a page of requests names a thousand providers).
    /// </summary>
    public async Task Recall(IEnumerable<Guid> ids)
    {
        var unknown = ids.Where(id => !_organisations.ContainsKey(id)).Distinct().ToList();
        if (unknown.Count == 0) return;
        foreach (var found in await Aggregates<KnownOrganisation>().ListByIds(unknown))
            _organisations[found.Id] = found;
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
