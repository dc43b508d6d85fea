using Commissioning.Domain;
using Commissioning.Eventing;
using Commissioning.Identity;
using Commissioning.Persistence;
using Contracts.Api.Events;
using Contracts.Domain.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Contracts.Api.Infrastructure;

/// <summary>
/// The contracts store: providers, frameworks, due diligence, contracts, monitoring and rate cards
/// as aggregate rows with their audit, and the outbox that carries their events in the same transaction.
/// Providers and rate cards are unique by lookup key (<see cref="LookupKeys"/>): the store's unique
/// index on one-of-a-kind values enforces it (<see cref="UniqueKey"/>), and a clash is a 409.
/// Each row's tenancy (<see cref="ContractsTenancy"/>): a framework or rate card is its publishing commissioner's,
/// a contract and its monitoring are its parties' (commissioners and provider), and the provider register with its
/// due diligence is shared; every query admits only the caller's tenancies, so another's record is a 404. Each
/// contract's parties (<see cref="ContractParty"/>) are written in the save that writes the contract.
/// </summary>
public sealed class ContractsStore(DbContextOptions<ContractsStore> options, IAuditActor actor,
    TimeProvider? clock = null)
    : CommissioningDbContext(options, actor, clock)
{
    private readonly ListedRows<ContractParty, string> _parties = new();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddEventingTables();
        ContractParty.Map(modelBuilder);
    }

    protected override void OnStored(AggregateRoot aggregate, StoredAggregate row)
    {
        if (aggregate is CommissioningContract contract) ContractParty.Write(this, _parties, contract, row);
    }

    protected override Task<IReadOnlyCollection<string>?> TenanciesOfAsync(Caller caller, CancellationToken ct) =>
        ContractsTenancy.Of(this, caller, ct);

    protected override string? TenancyOfNew(AggregateRoot aggregate) => ContractsTenancy.Of(aggregate, Actor.Caller);

    /// <summary>A novation changes a contract's commissioners, and with them its tenancy.</summary>
    protected override string? TenancyNow(AggregateRoot aggregate) =>
        aggregate is CommissioningContract contract ? ContractsTenancy.PartiesOf(contract) : null;

    protected override void OnDomainEvents(AggregateRoot aggregate, IReadOnlyList<IDomainEvent> events)
    {
        foreach (var domainEvent in events) ContractsEvents.Publish(this, aggregate, domainEvent, SavedAt);
    }

    /// <summary>
    /// Adds an aggregate whose key must be unique. The look-up gives the friendly 409 at once; the
    /// unique index catches two requests racing past it, and the loser gets the same 409 on save.
    /// </summary>
    public async Task AddUnique<T>(T aggregate, string key, string field, string description) where T : AggregateRoot
    {
        var unique = new UniqueKey(key, field, $"{description} already exists.", ContractsApiRules.RecordHeldOnce);
        if ((await Aggregates<T>().List(key)).Count > 0)
            throw ContractsApiRules.RecordHeldOnce.Broken(field, unique.Conflict);
        Aggregates<T>().Add(aggregate, key, unique);
    }
}
